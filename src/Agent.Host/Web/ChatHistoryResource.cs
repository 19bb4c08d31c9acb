namespace SegmentAI.Host.Web;

/// <summary>A conversation as the widget shows it again: its latest turns, oldest first.</summary>
/// <param name="SessionId">The conversation.</param>
/// <param name="EarlierTurns">Older turns no longer kept (a session keeps its latest messages).</param>
/// <param name="Turns">The turns kept.</param>
internal sealed record ChatHistoryResource(string SessionId, int EarlierTurns, IReadOnlyList<ChatHistoryTurn> Turns);
