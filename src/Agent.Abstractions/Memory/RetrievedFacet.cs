namespace SegmentAI.Skills.Memory;

/// <summary>A facet retrieval offered for a phrase.</summary>
/// <param name="Phrase">Phrase of the message.</param>
/// <param name="FacetId">Facet.</param>
/// <param name="Score">Retrieval confidence, 0–1.</param>
/// <param name="Chosen">True when the segment used it.</param>
public sealed record RetrievedFacet(string Phrase, string FacetId, double Score, bool Chosen);
