using SegmentAI.Skills.Catalog;

namespace SegmentAI.Skills.Analysis;

/// <summary>How a segment's members spread over the values of one facet, largest first.</summary>
/// <param name="Facet">The facet.</param>
/// <param name="Values">Each value's member count, largest first.</param>
internal sealed record FacetDistribution(Facet Facet, IReadOnlyList<ValueCount> Values);
