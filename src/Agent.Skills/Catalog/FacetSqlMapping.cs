using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Catalog;

/// <summary>
/// How the SQL compiler reads a facet. Attribute facets name a column of the entity table; event facets
/// name an event source and, depending on type, the column matched against list values, the amount summed
/// for spend thresholds, or the measure aggregated for number and money facets.
/// </summary>
public sealed record FacetSqlMapping
{
    /// <summary>Entity-table column of an attribute facet.</summary>
    public string? Column { get; init; }

    /// <summary>Event source of an event facet.</summary>
    public EventSource? Source { get; init; }

    /// <summary>List event facets: the column compared with the condition's values.</summary>
    public ColumnReference? Match { get; init; }

    /// <summary>Event facets: the amount column used by spend thresholds ("spent more than $N on X").</summary>
    public ColumnReference? Amount { get; init; }

    /// <summary>Number and money event facets: how events are aggregated per entity.</summary>
    public AggregateFunction? Aggregate { get; init; }

    /// <summary>Number and money event facets: the aggregated column (none for count).</summary>
    public ColumnReference? Measure { get; init; }

    /// <summary>Fixed filters applied to the facet's events.</summary>
    public IReadOnlyList<ColumnFilter> Filters { get; init; } = [];
}
