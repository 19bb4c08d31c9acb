namespace SegmentAI.Evals.Evaluation;

/// <summary>How good a metric's value is, on the scale Microsoft.Extensions.AI.Evaluation uses.</summary>
public enum EvaluationRating
{
    /// <summary>Not rated yet.</summary>
    Unknown,

    /// <summary>The value could not be judged (the metric did not run, or its input was missing).</summary>
    Inconclusive,

    /// <summary>Not acceptable: the case fails on this metric.</summary>
    Unacceptable,

    /// <summary>Below expectations.</summary>
    Poor,

    /// <summary>Acceptable.</summary>
    Average,

    /// <summary>Good.</summary>
    Good,

    /// <summary>As good as the metric can be.</summary>
    Exceptional,
}
