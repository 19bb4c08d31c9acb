using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Web;

/// <summary>One message of a conversation: who said it, its markdown text, and the kind of reply it was.</summary>
internal sealed record ChatHistoryTurn(int Number, string Speaker, string Text, ReplyKind? Kind, DateTimeOffset At)
{
    public static ChatHistoryTurn From(ConversationTurn turn) => new(turn.Number, turn.Speaker, turn.Text, turn.Kind, turn.At);
}
