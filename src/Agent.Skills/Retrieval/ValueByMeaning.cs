namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The one catalog value whose meaning is clearly nearest words the catalog does not name ("lipstick" → Makeup,
/// "barbecues" → Grills), found by embedding similarity alone.
/// </summary>
/// <param name="FacetId">The facet the value belongs to.</param>
/// <param name="Value">The exact catalog value.</param>
/// <param name="Similarity">Cosine similarity of the words and the value's text.</param>
/// <param name="Margin">How far ahead of the nearest other value it is.</param>
public sealed record ValueByMeaning(string FacetId, string Value, double Similarity, double Margin);
