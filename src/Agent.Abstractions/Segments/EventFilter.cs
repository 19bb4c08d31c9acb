using System.Text.Json.Serialization;

namespace SegmentAI.Skills.Segments;

/// <summary>
/// A predicate that must hold on the same event as its condition, e.g. "an online order over $150" is the
/// condition Purchase Channel in [online] with the filter Single Order Total gt 150 on that same order. Naming the
/// condition's own facet means another row of the same event (an order's other lines): "diapers and wipes in the
/// same order".
/// </summary>
public sealed record EventFilter
{
    /// <summary>Id of an event facet read from the same events as the condition's facet.</summary>
    public required string Facet { get; init; }

    /// <summary>How the facet is compared on the event: in / not_in, is_true / is_false, or a comparison.</summary>
    public required ConditionOperator Operator { get; init; }

    /// <summary>Values compared with (catalog values for list facets; numbers as text).</summary>
    [JsonConverter(typeof(ConditionValuesConverter))]
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The user's words this filter came from, verbatim, when known.</summary>
    public string? SourceText { get; init; }
}
