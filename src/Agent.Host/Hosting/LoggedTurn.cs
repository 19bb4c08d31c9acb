using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Hosting;

/// <summary>The reply to one chat turn, and whether it stands in for an engine failure.</summary>
/// <param name="Reply">What to send the user.</param>
/// <param name="Failed">True when the engine failed and <paramref name="Reply"/> is the polite error in its place.</param>
internal sealed record LoggedTurn(ChatReply Reply, bool Failed);
