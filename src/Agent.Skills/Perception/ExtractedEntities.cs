using SegmentAI.Skills.Dates;

namespace SegmentAI.Skills.Perception;

/// <summary>Everything the entity extractor found in a message, each list in text order with character spans.</summary>
/// <param name="Dates">Date expressions, resolved or ambiguous, against the tenant's calendar.</param>
/// <param name="Numbers">Plain numbers not part of a date, an amount of money, a frequency or a catalog term.</param>
/// <param name="Money">Amounts of money.</param>
/// <param name="Frequencies">Frequency phrases.</param>
/// <param name="Negations">Negation cues.</param>
/// <param name="Connectives">Connectives.</param>
/// <param name="Facets">Catalog terms: longest match first, no two overlapping; they may overlap a date ("Black Friday").</param>
public sealed record ExtractedEntities(
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Numbers,
    IReadOnlyList<QuantityMention> Money,
    IReadOnlyList<FrequencyMention> Frequencies,
    IReadOnlyList<NegationMention> Negations,
    IReadOnlyList<ConnectiveMention> Connectives,
    IReadOnlyList<FacetMention> Facets)
{
    /// <summary>Nothing found.</summary>
    public static ExtractedEntities None { get; } = new([], [], [], [], [], [], []);
}
