using Microsoft.Extensions.Options;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// Keeps a session's turns: each turn is saved once, with optimistic concurrency, together with the reply to a
/// message that carries a client id, so a retried message finds its reply if and only if its turn was applied.
/// </summary>
internal sealed class SessionTurns(ISessionStore sessions, TimeProvider time, IOptions<ConversationLimits> limits)
{
    private readonly ConversationLimits _limits = limits.Value;

    public async Task<SessionState> LoadAsync(string tenantId, string sessionId, string userId, CancellationToken cancellationToken) =>
        await sessions.LoadAsync(tenantId, sessionId, cancellationToken).ConfigureAwait(false) ?? SessionState.Start(tenantId, userId, sessionId);

    // Only the latest turns and replies are kept, so no session grows without bound.
    public async Task SaveAsync(TurnContext turn, ChatReply reply, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = turn.Session;
        var number = session.NextTurn;
        var turns = session.Turns.ToList();
        turns.Add(new ConversationTurn(number, "user", turn.StoredText, null, now));
        turns.Add(new ConversationTurn(number + 1, "agent", reply.Text, reply.Kind, now));
        var dropped = Math.Max(0, turns.Count - _limits.MaxTurnsPerSession);
        var answered = session.AnsweredMessages;
        if (turn.Request.MessageId is { } messageId)
        {
            answered = [.. answered.TakeLast(_limits.MaxAnsweredMessages - 1), new AnsweredMessage(messageId, number, ChatJson.SerializeLine(reply with { Audit = [] }))];
        }

        turn.Session = await sessions.SaveAsync(
            session with { Turns = turns[dropped..], EarlierTurns = session.EarlierTurns + dropped, AnsweredMessages = answered, Ambiguities = turn.Ambiguities.Records },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reply the session already gave the message with this client id, marked as a repeat; null when there is none.</summary>
    public async Task<ChatReply?> AnsweredAsync(string tenantId, string sessionId, string? messageId, CancellationToken cancellationToken) =>
        messageId is null ? null : Answered(await sessions.LoadAsync(tenantId, sessionId, cancellationToken).ConfigureAwait(false), messageId);

    /// <summary>The reply <paramref name="session"/> already gave the message with this client id, marked as a repeat.</summary>
    public static ChatReply? Answered(SessionState? session, string? messageId)
    {
        if (session is null || messageId is null || session.AnsweredMessages.LastOrDefault(a => a.MessageId == messageId) is not { } answered)
        {
            return null;
        }

        var reply = ChatJson.Deserialize(answered.ReplyJson);
        return reply with { Audit = [new AuditEntry("idempotency", $"message {messageId} was already answered; the turn was not applied again", 0)] };
    }
}
