namespace SegmentAI.Evals.Runs;

/// <summary>One metric of one turn, as stored in a run.</summary>
/// <param name="Name">Metric name (e.g. <c>execution_accuracy</c>).</param>
/// <param name="Type"><c>numeric</c>, <c>boolean</c> or <c>string</c>.</param>
/// <param name="Value">The number; booleans as 1 (true) or 0 (false); null for strings and when not computed.</param>
/// <param name="Text">The value of a string metric.</param>
/// <param name="Rating">The rating in snake_case (<c>exceptional</c> ... <c>unacceptable</c>, <c>inconclusive</c>).</param>
/// <param name="Failed">True when the metric fails the turn.</param>
/// <param name="Reason">Why, for a reviewer.</param>
/// <param name="Diagnostics">Notes on how the metric ran, as "severity: message".</param>
public sealed record MetricResult(
    string Name,
    string Type,
    double? Value,
    string? Text,
    string Rating,
    bool Failed,
    string? Reason,
    IReadOnlyList<string> Diagnostics);
