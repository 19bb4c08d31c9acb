namespace SegmentAI.Skills.Segments;

/// <summary>
/// A threshold on an amount aggregated over the matching events, e.g. "spent more than $200 on Baby"
/// is <c>sum &gt; 200</c> over the Baby item amounts in the window.
/// </summary>
public sealed record AggregateThreshold
{
    /// <summary>How the amounts combine.</summary>
    public AggregateFunction Function { get; init; } = AggregateFunction.Sum;

    /// <summary>Comparison: gt, gte, lt, lte, eq or between.</summary>
    public required ConditionOperator Operator { get; init; }

    /// <summary>One value, or two for between.</summary>
    public required IReadOnlyList<decimal> Values { get; init; }

    /// <summary>The user's words, e.g. "more than $200".</summary>
    public string? Expression { get; init; }
}
