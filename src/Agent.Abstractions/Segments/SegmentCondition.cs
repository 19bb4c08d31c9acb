using System.Text.Json.Serialization;

namespace SegmentAI.Skills.Segments;

/// <summary>One grounded condition of a segment: a facet of the tenant's catalog, an operator and values.</summary>
public sealed record SegmentCondition : SegmentNode
{
    /// <summary>Stable id within the segment ("C1"); assigned in order when missing.</summary>
    public string? Id { get; init; }

    /// <summary>The user's words this condition came from, verbatim — never rephrased.</summary>
    public required string SourceText { get; init; }

    /// <summary>Id of the facet in the tenant's catalog.</summary>
    public required string Facet { get; init; }

    /// <summary>How the facet is compared.</summary>
    public required ConditionOperator Operator { get; init; }

    /// <summary>Values compared with (catalog values for list facets; numbers and ISO dates as text).</summary>
    [JsonConverter(typeof(ConditionValuesConverter))]
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Time window for event facets (and <c>within</c> on date facets).</summary>
    public TimeWindow? Window { get; init; }

    /// <summary>How often the event must have happened.</summary>
    public Frequency? Frequency { get; init; }

    /// <summary>Threshold on an aggregated amount of the matching events.</summary>
    public AggregateThreshold? Aggregate { get; init; }

    /// <summary>
    /// Filters that must hold on the same event row as the condition (one order that was online and over $150);
    /// null or empty when the condition's events are filtered by its own facet only.
    /// </summary>
    public IReadOnlyList<EventFilter>? SameEvent { get; init; }

    /// <summary>Whether the mapping was retrieved from the catalog or inferred.</summary>
    public Grounding Grounding { get; init; } = Grounding.Retrieved;

    /// <summary>Confidence in the mapping, 0–1.</summary>
    public double Confidence { get; init; } = 1.0;
}
