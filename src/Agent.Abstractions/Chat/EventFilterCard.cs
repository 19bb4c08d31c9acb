using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Chat;

/// <summary>A filter that holds on the same event as its condition, as a segment reply shows it.</summary>
public sealed record EventFilterCard
{
    /// <summary>Facet id.</summary>
    public required string Facet { get; init; }

    /// <summary>Facet display name.</summary>
    public required string FacetName { get; init; }

    /// <summary>Operator.</summary>
    public required ConditionOperator Operator { get; init; }

    /// <summary>Values.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <summary>The user's words, verbatim, when known.</summary>
    public string? SourceText { get; init; }
}
