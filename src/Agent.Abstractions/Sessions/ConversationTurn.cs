using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Sessions;

/// <summary>One message of a conversation.</summary>
/// <param name="Number">1-based turn number (user and agent messages share the numbering).</param>
/// <param name="Speaker">"user" or "agent".</param>
/// <param name="Text">What was said.</param>
/// <param name="Kind">For agent messages, what the reply was.</param>
/// <param name="At">When.</param>
public sealed record ConversationTurn(int Number, string Speaker, string Text, ReplyKind? Kind, DateTimeOffset At);
