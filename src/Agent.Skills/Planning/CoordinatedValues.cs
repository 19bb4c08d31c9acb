using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Planning;

/// <summary>Values of one list facet the user joined with "or", a comma or (for attributes) "and".</summary>
/// <param name="Span">From the first value to the last.</param>
/// <param name="FacetId">The facet every value belongs to.</param>
/// <param name="Values">The stored values, in the order said.</param>
/// <param name="Mentions">The words of each value.</param>
/// <param name="JoinedByOr">True when "or" (or a comma) joins them; false for an attribute's "and".</param>
internal sealed record CoordinatedValues(TextSpan Span, string FacetId, IReadOnlyList<string> Values, IReadOnlyList<FacetMention> Mentions, bool JoinedByOr);
