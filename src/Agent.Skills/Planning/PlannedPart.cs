using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>The node a sub-segment became, and how it joins the part before it.</summary>
/// <param name="Node">Condition (or NOT of one) for the part.</param>
/// <param name="JoinedByOr">True when the part is an alternative to the one before.</param>
/// <param name="Relative">True when the part says more about the people named before it ("who bought toys").</param>
internal sealed record PlannedPart(SegmentNode Node, bool JoinedByOr, bool Relative = false);
