using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Chat;

/// <summary>One condition of a segment reply.</summary>
public sealed record ConditionCard
{
    /// <summary>Condition id ("C1").</summary>
    public required string Id { get; init; }

    /// <summary>The user's words, verbatim.</summary>
    public required string SourceText { get; init; }

    /// <summary>Facet id.</summary>
    public required string Facet { get; init; }

    /// <summary>Facet display name.</summary>
    public required string FacetName { get; init; }

    /// <summary>Operator.</summary>
    public required ConditionOperator Operator { get; init; }

    /// <summary>Values.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <summary>Window, for event conditions.</summary>
    public WindowCard? Window { get; init; }

    /// <summary>Frequency, if any.</summary>
    public Frequency? Frequency { get; init; }

    /// <summary>Amount threshold, if any.</summary>
    public AggregateThreshold? Aggregate { get; init; }

    /// <summary>Filters that hold on the same event as the condition (an order that was online and over $150).</summary>
    public IReadOnlyList<EventFilterCard> SameEvent { get; init; } = [];

    /// <summary>Retrieved from the catalog, or inferred.</summary>
    public required Grounding Grounding { get; init; }

    /// <summary>Confidence, 0–1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Plain-English text of the condition.</summary>
    public required string Description { get; init; }
}
