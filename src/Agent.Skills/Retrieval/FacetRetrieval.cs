namespace SegmentAI.Skills.Retrieval;

/// <summary>The facets that may fit a phrase, best first.</summary>
/// <param name="TenantId">Tenant searched.</param>
/// <param name="Phrase">The user's words.</param>
/// <param name="Candidates">Ranked candidates, acceptable or not.</param>
/// <param name="Quality">High normally; medium when the vector path failed and lexical matching answered alone.</param>
/// <param name="FallbackReason">Why the vector path was skipped, when it was.</param>
public sealed record FacetRetrieval(string TenantId, string Phrase, IReadOnlyList<FacetCandidate> Candidates, RetrievalQuality Quality, string? FallbackReason)
{
    /// <summary>The best candidate if it is acceptable; null means ask the user or try something else.</summary>
    public FacetCandidate? Accepted => Candidates.Count > 0 && Candidates[0].IsAcceptable ? Candidates[0] : null;
}
