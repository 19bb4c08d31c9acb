namespace SegmentAI.Skills.Retrieval;

/// <summary>The values of one facet that may fit a phrase, best first.</summary>
/// <param name="TenantId">Tenant searched.</param>
/// <param name="FacetId">Facet whose values were ranked.</param>
/// <param name="Phrase">The user's words.</param>
/// <param name="Values">Ranked values, acceptable or not; empty for facets without a value list.</param>
/// <param name="Quality">High normally; medium when the vector path failed.</param>
/// <param name="FallbackReason">Why the vector path was skipped, when it was.</param>
public sealed record ValueRetrieval(string TenantId, string FacetId, string Phrase, IReadOnlyList<ValueCandidate> Values, RetrievalQuality Quality, string? FallbackReason)
{
    /// <summary>The best value if it is acceptable; null means ask the user.</summary>
    public ValueCandidate? Accepted => Values.Count > 0 && Values[0].IsAcceptable ? Values[0] : null;
}
