namespace SegmentAI.Skills.Catalog;

/// <summary>One valid value of a list facet.</summary>
/// <param name="Value">Exact value stored in the warehouse.</param>
/// <param name="Label">How the value reads to people.</param>
/// <param name="Synonyms">Other words people use for it.</param>
public sealed record FacetValue(string Value, string Label, IReadOnlyList<string> Synonyms);
