using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>One meaning of a tenant term: the facet (and value) it names.</summary>
/// <param name="Term">The term as written in the catalog or tenant file ("baby products").</param>
/// <param name="FacetId">The facet the term points at.</param>
/// <param name="Value">The stored list value, or null when the term names the facet itself or a vocabulary phrase.</param>
/// <param name="Label">How the meaning reads to people ("Baby", "Loyalty Tier", "big spenders").</param>
/// <param name="Kind">Where the term comes from.</param>
public sealed record LexiconEntry(string Term, string FacetId, string? Value, string Label, LexiconTermKind Kind)
{
    /// <summary>True for short all-capital codes ("TX", "LA") that must be written in capitals to count, so "in" is never Indiana.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>True for a code that is also an everyday word ("ME", "OR"): it counts only where it stands out in capitals.</summary>
    public bool IsWord { get; init; }

    /// <summary>True when the facet may never be used in this tenant's segments (PII, or restricted by the catalog or the tenant).</summary>
    public bool Restricted { get; init; }

    /// <summary>The vocabulary entry, for <see cref="LexiconTermKind.Vocabulary"/> terms.</summary>
    public VocabularyEntry? Vocabulary { get; init; }
}
