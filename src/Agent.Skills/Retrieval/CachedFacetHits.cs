using System.ComponentModel;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The hits of one facet search as cached. Marked immutable so HybridCache hands out the stored instance instead
/// of deserializing a defensive copy on every in-process hit; nothing changes hits after a search returns them.
/// </summary>
/// <param name="Hits">The hits, best first.</param>
[ImmutableObject(true)]
internal sealed record CachedFacetHits(IReadOnlyList<FacetVectorHit> Hits);
