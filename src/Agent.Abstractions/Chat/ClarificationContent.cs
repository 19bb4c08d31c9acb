namespace SegmentAI.Skills.Chat;

/// <summary>The one question a reply asks, with the options the user can pick from.</summary>
/// <param name="Clarification">The question (the same one as <see cref="ChatReply.Clarification"/>, kept there for older clients).</param>
public sealed record ClarificationContent(ClarificationCard Clarification) : ReplyContent;
