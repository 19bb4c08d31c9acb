namespace SegmentAI.Evals.Optimizer;

/// <summary>How a candidate did on one failure cluster of the live version, over the whole suite.</summary>
/// <param name="Key">The cluster key.</param>
/// <param name="Cases">Cases in the cluster.</param>
/// <param name="PassedBefore">Of those, passed by the live version (0: they are its failures).</param>
/// <param name="PassedAfter">Of those, passed by the candidate.</param>
internal sealed record ClusterOutcome(string Key, int Cases, int PassedBefore, int PassedAfter);
