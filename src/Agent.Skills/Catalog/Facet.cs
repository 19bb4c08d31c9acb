using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Catalog;

/// <summary>One facet of a tenant's catalog: what it means, how it may be used, and how it maps to SQL.</summary>
public sealed record Facet
{
    /// <summary>Stable id used in segment definitions.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Top-level category (e.g. Transactions &amp; Purchase).</summary>
    public required string Category { get; init; }

    /// <summary>Sub-category, when the catalog has one.</summary>
    public string? Subcategory { get; init; }

    /// <summary>What the facet means, in plain language (used by retrieval).</summary>
    public required string Description { get; init; }

    /// <summary>What the facet is for and what it must not be used for.</summary>
    public required string Purpose { get; init; }

    /// <summary>Value type.</summary>
    public required FacetType Type { get; init; }

    /// <summary>Attribute of the entity or event aggregated over an event table.</summary>
    public required FacetKind Kind { get; init; }

    /// <summary>Operators a condition on this facet may use.</summary>
    public required IReadOnlyList<ConditionOperator> Operators { get; init; }

    /// <summary>Unit of numbers ("USD", "days", "events"), if any.</summary>
    public string? Unit { get; init; }

    /// <summary>Other names people use for the facet itself.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Words for the "no" side of a yes/no facet ("renters" for Home Owner): a mention of one means is_false.</summary>
    public IReadOnlyList<string> Antonyms { get; init; } = [];

    /// <summary>Valid values of a list facet.</summary>
    public IReadOnlyList<FacetValue> Values { get; init; } = [];

    /// <summary>Personally identifying data: never a segment condition, never in output.</summary>
    public bool Pii { get; init; }

    /// <summary>Restricted by the catalog: not usable in segments.</summary>
    public bool Restricted { get; init; }

    /// <summary>Window used when a condition on this event facet names none; null uses the tenant's default.</summary>
    public FacetDefaultWindow? DefaultWindow { get; init; }

    /// <summary>SQL mapping read by the compiler.</summary>
    public required FacetSqlMapping Sql { get; init; }

    /// <summary>The catalog value matching <paramref name="text"/> exactly or by label or synonym (case-insensitive).</summary>
    public FacetValue? FindValue(string text) =>
        Values.FirstOrDefault(v => string.Equals(v.Value, text, StringComparison.OrdinalIgnoreCase))
        ?? Values.FirstOrDefault(v => string.Equals(v.Label, text, StringComparison.OrdinalIgnoreCase)
            || v.Synonyms.Any(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase)));
}
