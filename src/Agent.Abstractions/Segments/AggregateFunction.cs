namespace SegmentAI.Skills.Segments;

/// <summary>How event amounts are combined per entity.</summary>
public enum AggregateFunction
{
    /// <summary>Number of distinct events.</summary>
    Count,

    /// <summary>Sum of the amounts.</summary>
    Sum,

    /// <summary>Average amount.</summary>
    Avg,

    /// <summary>Largest amount (e.g. a single order total).</summary>
    Max,

    /// <summary>Smallest amount.</summary>
    Min,
}
