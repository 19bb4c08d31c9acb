using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// The agent loop for one message: PERCEIVE (normalize, spell-correct, safety, intent, permission), PLAN (pick the
/// skill), ACT (run its handler), VERIFY (the checks every skill shares, and the handlers' own grounding and size
/// checks), RECORD (save the session once, with optimistic concurrency, then the query log).
/// </summary>
internal sealed class ConversationEngine(
    TenantDirectory tenants,
    MessagePerceiver perceiver,
    SkillDispatcher dispatcher,
    PendingAnswers pending,
    ConversationalQuestions questions,
    TurnJournal journal,
    SessionTurns sessions,
    WarehouseClock warehouses,
    TurnFailures failures,
    ILogger<ConversationEngine> logger) : IConversationEngine
{
    /// <inheritdoc />
    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var watch = Stopwatch.StartNew();

        // Before anything is stored (session turns, query log, a draft's source text): PostgreSQL rejects NUL in text,
        // and no channel should be able to smuggle one into a key or a saved segment.
        request = request with
        {
            Text = ControlCharacters.Strip(request.Text ?? ""),
            UserId = ControlCharacters.Strip(request.UserId),
            SessionId = request.SessionId is { } given ? ControlCharacters.Strip(given) : null,
            MessageId = request.MessageId is { } messageId ? ControlCharacters.Strip(messageId) : null,
        };
        var sessionId = string.IsNullOrWhiteSpace(request.SessionId) ? ConversationIds.NewSession(request) : request.SessionId.Trim();
        if (tenants.Find(request.TenantId) is not { } tenant)
        {
            return new ChatReply
            {
                Kind = ReplyKind.Error,
                Text = $"There is no workspace called '{request.TenantId}'. Known workspaces: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}.",
                SessionId = sessionId,
            };
        }

        // Every alias (a Teams or Slack id given as the user) acts, and is stored, as the one tenant user it names.
        if (tenant.Config.FindEnrolled(request.UserId) is { } enrolled && enrolled.Id != request.UserId)
        {
            request = request with { UserId = enrolled.Id };
        }

        SessionState session;
        try
        {
            session = await sessions.LoadAsync(tenant.Id, sessionId, request.UserId, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            return new ChatReply { Kind = ReplyKind.Error, Text = failures.SessionLost(tenant.Id, sessionId, ex), SessionId = sessionId };
        }

        var view = await warehouses.OpenAsync(tenant, request.Warehouse, request.AsOf, cancellationToken).ConfigureAwait(false);
        var turn = new TurnContext(request, tenant, session, view.AsOf, view.Warehouse, view.Problem);
        if (session.UserId != request.UserId)
        {
            return Replies.Refusal(turn, null, "this conversation belongs to another user; start a new one.", "permission");
        }

        if (SessionTurns.Answered(session, request.MessageId) is { } earlier)
        {
            await journal.EnsureLoggedAsync(turn, earlier, cancellationToken).ConfigureAwait(false);
            return earlier;
        }

        if (!SupportedDates.Contains(view.AsOf))
        {
            return Replies.Error(turn, null, SupportedDates.AsOfOutside(view.AsOf));
        }

        ChatReply reply;
        try
        {
            reply = await HandleTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            // Nothing of this turn is saved, so the session keeps the draft it had before the message.
            return Replies.Error(turn, null, failures.Unavailable(tenant.Id, sessionId, ex));
        }
        catch (SegmentLibraryException ex)
        {
            // A library operation refused as asked (a role without the permission, a name taken): nothing changed.
            reply = SavedSegments.Refused(turn, dispatcher.SkillFor(turn.RoutedIntent ?? Intent.Query, tenant), ex);
        }
        catch (Exception ex) when (ex is MemoryStoreException or System.Data.Common.DbException or WarehouseUnavailableException)
        {
            // Bad data behind the agent is reported, never thrown at the channel; the session keeps its last good state.
            var failed = Replies.Error(turn, null, failures.Failed(tenant.Id, sessionId, ex));
            await journal.RecordTurnAsync(turn, failed, watch.Elapsed.TotalMilliseconds, cancellationToken).ConfigureAwait(false);
            return failed;
        }

        turn.Audit.Add(new AuditEntry("turn", $"{reply.Kind} in {watch.Elapsed.TotalMilliseconds:0} ms", watch.Elapsed.TotalMilliseconds));
        try
        {
            await sessions.SaveAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            return Replies.Error(turn, null, failures.SessionLost(tenant.Id, sessionId, ex));
        }
        catch (SessionConflictException)
        {
            // Two copies of one message raced: the copy that lost answers with the winner's reply.
            return await sessions.AnsweredAsync(tenant.Id, sessionId, request.MessageId, cancellationToken).ConfigureAwait(false)
                ?? Replies.Error(turn, null, "Another message in this conversation was handled at the same moment, so this one was not applied. Please send it again.");
        }

        await journal.RecordTurnAsync(turn, reply, watch.Elapsed.TotalMilliseconds, cancellationToken).ConfigureAwait(false);
        ConversationLog.Turn(logger, tenant.Id, sessionId, reply.Kind, reply.Skill?.Id, watch.Elapsed.TotalMilliseconds);
        return reply with { Audit = turn.Audit, Usage = turn.Trace.Usage() };
    }

    private async Task<ChatReply> HandleTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var request = turn.Request;
        var message = new InboundMessage(turn.Tenant.Id, request.UserId, turn.Session.SessionId, request.Text ?? "", request.Channel, request.TrustUnknownUsers);
        var awaitingAnswer = turn.Session.Pending is not null;
        turn.Perception = perceiver.Perceive(message, turn.Tenant, turn.AsOf, awaitingAnswer);
        if (turn.Perception.TooLong is null && turn.Perception.Intent?.Intent != Intent.Memory
            && await journal.ExpandVocabularyAsync(turn, message.Text, cancellationToken).ConfigureAwait(false) is { } expanded && expanded != message.Text)
        {
            turn.Perception = perceiver.Perceive(message with { Text = expanded }, turn.Tenant, turn.AsOf, awaitingAnswer);
        }

        var perception = turn.Perception;
        turn.Audit.Add(new AuditEntry("perceive", $"intent {perception.Intent?.Intent.ToString() ?? "none"} ({perception.Intent?.Confidence:0.00}), {perception.Corrections.Count} correction(s)", watch.Elapsed.TotalMilliseconds));
        var intent = TurnRouter.Decide(turn);
        turn.RoutedIntent = intent;
        var skill = dispatcher.SkillFor(intent, turn.Tenant);
        using var activity = TurnTelemetry.StartSkill(turn.Tenant.Id, skill?.SkillId, skill?.Version, intent);
        try
        {
            var reply = await ActAsync(turn, intent, skill, cancellationToken).ConfigureAwait(false);
            TurnTelemetry.EndSkill(activity, reply);
            return reply;
        }
        catch (Exception ex)
        {
            SegmentTelemetry.Fail(activity, ex);
            throw;
        }
    }

    // ACT: the chosen skill's part of the turn, after the checks every skill shares.
    private async Task<ChatReply> ActAsync(TurnContext turn, Intent intent, ResolvedSkill? skill, CancellationToken cancellationToken)
    {
        var perception = turn.Perception;
        if (perception.TooLong is { } tooLong)
        {
            return Replies.Error(turn, skill, tooLong.Message);
        }

        if (string.IsNullOrWhiteSpace(perception.NormalizedText))
        {
            return Replies.Error(turn, skill, "Your message was empty. Describe the audience you want, e.g. \"customers who bought toys in the last 30 days\".");
        }

        if (perception.Safety is { IsSafe: false } unsafeVerdict)
        {
            return Replies.Refusal(turn, skill, unsafeVerdict.Reason ?? "the request is not allowed", Configuration.SnakeCase.From(unsafeVerdict.Category!.Value.ToString()));
        }

        // "English only for now" and "I can't analyse that yet" carry no data, so every role hears them rather than a
        // refusal of the segment the words were mistaken for.
        if (await questions.AnswerAsync(turn, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            return answered;
        }

        if (perception.Permission is { Allowed: false } denied)
        {
            return Replies.Refusal(turn, skill, denied.Message ?? "you do not have permission for that", "permission");
        }

        if (perception.Entities.Dates.FirstOrDefault(d => d.Resolution.Status == DateResolutionStatus.OutOfRange) is { } beyond)
        {
            return Replies.Error(turn, skill, beyond.Resolution.Note!);
        }

        if (turn.Session.Pending is { } question && await pending.TryAnswerAsync(turn, question, cancellationToken).ConfigureAwait(false) is { } resumed)
        {
            return resumed;
        }

        if (turn.Session.Draft is not null && (SegmentAuthor.IsDraftCommand(perception.CorrectedText, intent) || SegmentAuthor.NamesOnlyAPeriod(perception)))
        {
            return await dispatcher.HandOverAsync(turn, "segment_edit", intent, cancellationToken).ConfigureAwait(false);
        }

        return TurnRouter.TwoReadings(turn, skill, intent)
            ?? await dispatcher.RouteAsync(turn, intent, cancellationToken).ConfigureAwait(false);
    }
}
