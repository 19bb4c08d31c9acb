namespace SegmentAI.Evals.Runs;

/// <summary>One metric over a whole run.</summary>
/// <param name="Name">Metric name.</param>
/// <param name="Mean">Mean of the values computed (booleans count 1 and 0), or null when none was.</param>
/// <param name="Count">How many turns (or cases, or decisions) gave a value.</param>
/// <param name="FailedCount">How many of those failed.</param>
public sealed record MetricSummary(string Name, double? Mean, int Count, int FailedCount);
