namespace SegmentAI.Evals.Optimizer;

/// <summary>Which part of a suite a case falls in for the optimizer (see <see cref="SuiteSplit"/>).</summary>
internal enum SuitePart
{
    /// <summary>About 60%: the minibatch candidates are screened on.</summary>
    Train,

    /// <summary>About 20%: gated with the holdout.</summary>
    Validation,

    /// <summary>About 20%: its accuracy decides which gated candidate is promoted.</summary>
    Holdout,
}
