namespace SegmentAI.Skills.Chat;

/// <summary>A segment in a reply: its definition, logic, SQL, size and grounding, as the segment card shows them.</summary>
/// <param name="Segment">The card (the same one as <see cref="ChatReply.Segment"/>, kept there for older clients).</param>
public sealed record SegmentContent(SegmentCard Segment) : ReplyContent;
