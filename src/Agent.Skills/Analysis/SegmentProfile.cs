namespace SegmentAI.Skills.Analysis;

/// <summary>A segment's size and how its members spread over one or more facets, all from one query.</summary>
/// <param name="Total">Members of the segment.</param>
/// <param name="Facets">One distribution per facet, in the order asked.</param>
internal sealed record SegmentProfile(long Total, IReadOnlyList<FacetDistribution> Facets);
