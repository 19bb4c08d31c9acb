using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Prompting;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// The deterministic agent loop for one message: PERCEIVE (normalize, spell-correct, safety, intent, permission),
/// PLAN (choose the skill), ACT (ground and build the segment, or run the library, overlap or help skill), VERIFY
/// (grounding, schema and size limits through the compiler and estimator), IMPROVE (fall back to the next
/// candidate or ask one question). Session state is saved once per turn with optimistic concurrency.
/// </summary>
public sealed partial class ConversationEngine : IConversationEngine
{
    private readonly TenantDirectory _tenants;
    private readonly RepositoryLayout _layout;
    private readonly MessagePerceiver _perceiver;
    private readonly SkillRegistry _skills;
    private readonly SegmentPlanner _planner;
    private readonly AmbiguityResolver _resolver;
    private readonly FacetIndexBuilder _indexBuilder;
    private readonly ISessionStore _sessions;
    private readonly ISegmentLibrary _library;
    private readonly LongTermMemory _memory;
    private readonly SizeEstimator _estimator;
    private readonly PermissionChecker _permissions;
    private readonly SegmentDrafter? _drafter;
    private readonly Constitution _constitution;
    private readonly OverlapAnalyzer _overlap = new();
    private readonly TimeProvider _time;
    private readonly ConversationLimits _limits;
    private readonly ILogger<ConversationEngine> _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task>> _indexes = new(StringComparer.Ordinal);

    /// <summary>Creates the engine.</summary>
    public ConversationEngine(
        TenantDirectory tenants,
        RepositoryLayout layout,
        MessagePerceiver perceiver,
        SkillRegistry skills,
        FacetRetriever retriever,
        FacetIndexBuilder indexBuilder,
        AmbiguityResolver resolver,
        ISessionStore sessions,
        ISegmentLibrary library,
        LongTermMemory memory,
        SizeEstimator estimator,
        PermissionChecker permissions,
        Constitution constitution,
        ILogger<ConversationEngine> logger,
        SegmentDrafter? drafter = null,
        TimeProvider? time = null,
        IOptions<ConversationLimits>? limits = null)
    {
        _tenants = tenants;
        _layout = layout;
        _perceiver = perceiver;
        _skills = skills;
        _resolver = resolver;
        _planner = new SegmentPlanner(retriever, resolver);
        _indexBuilder = indexBuilder;
        _sessions = sessions;
        _library = new TracedSegmentLibrary(library);
        _memory = memory;
        _estimator = estimator;
        _permissions = permissions;
        _constitution = constitution;
        _drafter = drafter;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _limits = limits?.Value ?? new ConversationLimits();
    }

    /// <inheritdoc />
    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = SegmentTelemetry.StartTurn(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await HandleRequestAsync(request, cancellationToken).ConfigureAwait(false);
            SegmentTelemetry.EndTurn(activity, request, reply, Stopwatch.GetElapsedTime(started));
            return reply;
        }
        catch (Exception ex)
        {
            SegmentTelemetry.Fail(activity, ex);
            throw;
        }
    }

    private async Task<ChatReply> HandleRequestAsync(ChatRequest request, CancellationToken cancellationToken)
    {
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
        if (_tenants.Find(request.TenantId) is not { } tenant)
        {
            return new ChatReply
            {
                Kind = ReplyKind.Error,
                Text = $"There is no workspace called '{request.TenantId}'. Known workspaces: {string.Join(", ", _tenants.Tenants.Select(t => t.Id))}.",
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
            session = await _sessions.LoadAsync(tenant.Id, sessionId, cancellationToken).ConfigureAwait(false)
                ?? SessionState.Start(tenant.Id, request.UserId, sessionId);
        }
        catch (MemoryUnavailableException ex)
        {
            LogMemoryUnavailable(_logger, tenant.Id, sessionId, ex.Store, ex);
            return new ChatReply { Kind = ReplyKind.Error, Text = SessionUnavailable, SessionId = sessionId };
        }

        var (warehouse, problem) = OpenWarehouse(tenant, request.Warehouse);
        var asOf = request.AsOf ?? await WarehouseAsOfAsync(warehouse, cancellationToken).ConfigureAwait(false) ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var turn = new TurnContext(request, tenant, session, asOf, warehouse, problem);
        if (session.UserId != request.UserId)
        {
            return Replies.Refusal(turn, null, "this conversation belongs to another user; start a new one.", "permission");
        }

        if (Answered(session, request.MessageId) is { } earlier)
        {
            await EnsureLoggedAsync(turn, earlier, cancellationToken).ConfigureAwait(false);
            return earlier;
        }

        if (!SupportedDates.Contains(asOf))
        {
            return Replies.Error(turn, null, SupportedDates.AsOfOutside(asOf));
        }

        ChatReply reply;
        try
        {
            reply = await HandleTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            // Nothing of this turn is saved, so the session keeps the draft it had before the message.
            LogMemoryUnavailable(_logger, tenant.Id, sessionId, ex.Store, ex);
            return Replies.Error(turn, null, ex.Store == MemoryUnavailableException.ShortTerm
                ? SessionUnavailable
                : "I couldn't reach long-term memory, so that was not done (nothing was half-saved). Your draft is kept in this conversation; please try again in a moment.");
        }
        catch (SegmentLibraryException ex)
        {
            // A library operation refused as asked (a role without the permission, a name taken): nothing changed.
            reply = LibraryRefused(turn, SkillFor(turn.RoutedIntent ?? Intent.Query, tenant), ex);
        }
        catch (Exception ex) when (ex is MemoryStoreException or System.Data.Common.DbException or WarehouseUnavailableException)
        {
            // Bad data behind the agent is reported, never thrown at the channel; the session keeps its last good state.
            var failed = Replies.Error(turn, null, FailureText(tenant.Id, sessionId, ex));
            await RecordTurnAsync(turn, failed, watch.Elapsed.TotalMilliseconds, cancellationToken).ConfigureAwait(false);
            return failed;
        }

        turn.Audit.Add(new AuditEntry("turn", $"{reply.Kind} in {watch.Elapsed.TotalMilliseconds:0} ms", watch.Elapsed.TotalMilliseconds));
        try
        {
            await SaveAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            LogMemoryUnavailable(_logger, tenant.Id, sessionId, ex.Store, ex);
            return Replies.Error(turn, null, SessionUnavailable);
        }
        catch (SessionConflictException)
        {
            // Two copies of one message raced: the copy that lost answers with the winner's reply.
            if (request.MessageId is not null
                && Answered(await _sessions.LoadAsync(tenant.Id, sessionId, cancellationToken).ConfigureAwait(false), request.MessageId) is { } raced)
            {
                return raced;
            }

            return Replies.Error(turn, null, "Another message in this conversation was handled at the same moment, so this one was not applied. Please send it again.");
        }

        await RecordTurnAsync(turn, reply, watch.Elapsed.TotalMilliseconds, cancellationToken).ConfigureAwait(false);
        LogTurn(_logger, tenant.Id, sessionId, reply.Kind, reply.Skill?.Id, watch.Elapsed.TotalMilliseconds);
        return reply with { Audit = turn.Audit };
    }

    /// <summary>
    /// What the user is told about a failure, naming the store that failed. Library and warehouse-availability
    /// messages are written for users; a database driver's text is not, so those failures get a trace id instead.
    /// </summary>
    private string FailureText(string tenantId, string sessionId, Exception failure)
    {
        const string Unchanged = "Your draft is unchanged";
        switch (failure)
        {
            case WarehouseUnavailableException warehouse:
                LogTurnFailed(_logger, tenantId, sessionId, failure);
                return $"Something went wrong reading the warehouse: {warehouse.Message.Split('\n')[0]}. {Unchanged}; please try again or ask an admin to check the warehouse.";
        }

        var traceId = SegmentTelemetry.CurrentTraceId();
        LogStoreFailed(_logger, tenantId, sessionId, traceId, failure);
        return failure is MemoryStoreException
            ? $"Long-term memory (where saved segments, preferences and the query log live) failed on our side, so that was not done. {Unchanged}; please try again, and if it keeps happening, give your admin this trace id: {traceId}."
            : $"Something went wrong reading the warehouse, so that was not done. {Unchanged}; please try again, and if it keeps happening, give your admin this trace id: {traceId}.";
    }

    private async Task<ChatReply> HandleTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var request = turn.Request;
        var message = new InboundMessage(turn.Tenant.Id, request.UserId, turn.Session.SessionId, request.Text ?? "", request.Channel, request.TrustUnknownUsers);
        turn.Perception = _perceiver.Perceive(message, turn.Tenant, turn.AsOf, awaitingAnswer: turn.Session.Pending is not null);
        if (turn.Perception.TooLong is null && turn.Perception.Intent?.Intent is not Intent.Memory
            && await ExpandVocabularyAsync(turn, message.Text, cancellationToken).ConfigureAwait(false) is { } expanded && expanded != message.Text)
        {
            turn.Perception = _perceiver.Perceive(message with { Text = expanded }, turn.Tenant, turn.AsOf, awaitingAnswer: turn.Session.Pending is not null);
        }

        var perception = turn.Perception;
        turn.Audit.Add(new AuditEntry("perceive", $"intent {perception.Intent?.Intent.ToString() ?? "none"} ({perception.Intent?.Confidence:0.00}), {perception.Corrections.Count} correction(s)", watch.Elapsed.TotalMilliseconds));
        var intent = perception.Intent?.Intent ?? Intent.OutOfScope;
        if (intent is Intent.Feedback or Intent.OutOfScope or Intent.Help or Intent.Confirm or Intent.Answer
            && perception.Intent?.Confidence < 0.6 && NamesAnAudience(turn.Tenant, perception) && turn.Session.Pending is null
            && !IsExplicitRating(perception.NormalizedText))
        {
            // An unsure classification of a message that names catalog terms ("electronics buyers") is a segment request
            // (an "answer" with no question asked is one too),
            // or, said against a draft with a refining cue ("do it for platinum too"), a change to that draft.
            intent = turn.Session.Draft is not null && (TooCue().IsMatch(perception.CorrectedText) || RefiningCue().IsMatch(perception.CorrectedText))
                ? Intent.Edit
                : Intent.Create;
        }
        else if (intent == Intent.OutOfScope && turn.Session.Pending is null && NamesAnAudience(turn.Tenant, perception)
            && AudienceWithTopicWord().IsMatch(perception.CorrectedText) && !ChatRequest().IsMatch(perception.CorrectedText))
        {
            // "founders building in crypto", "customers who bought football boots": a topic word inside a description of
            // people is something about them to ground (or ask about), not small talk.
            intent = Intent.Create;
        }
        else if (intent == Intent.OutOfScope && turn.Session.Pending is null && AboutPeople().IsMatch(perception.CorrectedText)
            && perception.Entities.Facets.Any(m => m.Meanings.Any(x => x.Value is not null)) && !ChatRequest().IsMatch(perception.CorrectedText))
        {
            // "who's got a Notion seat?", "everyone holding a 1Password licence": people described by a value the catalog
            // lists are an audience, whatever the classifier made of the phrasing.
            intent = Intent.Create;
        }
        else if (intent == Intent.Query && perception.Intent?.Confidence < 0.6 && turn.Session.Pending is null && turn.Session.Draft is null
            && !LibraryWords().IsMatch(perception.CorrectedText) && NamesAnAudience(turn.Tenant, perception))
        {
            // "our biggest spenders this quarter" names people, not saved segments: with nothing drafted it asks for a segment.
            intent = Intent.Create;
        }

        intent = OverrideByCommand(intent, perception, turn.Session.Pending is not null);
        turn.RoutedIntent = intent;
        var skill = SkillFor(intent, turn.Tenant);
        using var activity = SegmentTelemetry.StartSkill(turn.Tenant.Id, skill?.SkillId, skill?.Version, intent);
        try
        {
            var reply = await ActAsync(turn, intent, skill, cancellationToken).ConfigureAwait(false);
            SegmentTelemetry.EndSkill(activity, reply);
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
        if (await AnswerQuestionAsync(turn, cancellationToken).ConfigureAwait(false) is { } answered)
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

        if (turn.Session.Pending is { } pending && await TryAnswerPendingAsync(turn, pending, cancellationToken).ConfigureAwait(false) is { } resumed)
        {
            return resumed;
        }

        if (turn.Session.Draft is not null && (IsDraftCommand(perception.CorrectedText, intent) || NamesOnlyAPeriod(perception)))
        {
            return await EditAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (TwoReadings(turn, perception, intent) is { } readings)
        {
            return readings;
        }

        return await RouteAsync(turn, intent, cancellationToken).ConfigureAwait(false);
    }

    // Memory commands and explicit ratings have a fixed shape; their words, not the text model, decide them, and the
    // model alone never sends a request to the memory skill.
    private static Intent OverrideByCommand(Intent intent, PerceptionResult perception, bool awaitingAnswer)
    {
        var text = perception.NormalizedText.Trim().TrimEnd('.', '!', '?');
        if (IsMemoryCommand(text))
        {
            return Intent.Memory;
        }

        if (intent == Intent.Memory)
        {
            return perception.Intent?.RunnerUp is { } runnerUp and not (Intent.Memory or Intent.Confirm)
                && (runnerUp != Intent.Answer || awaitingAnswer)
                ? runnerUp
                : Intent.Create;
        }

        return intent is not (Intent.Create or Intent.Edit or Intent.Delete) && IsExplicitRating(text) ? Intent.Feedback : intent;
    }

    private async Task<ChatReply> RouteAsync(TurnContext turn, Intent intent, CancellationToken cancellationToken)
    {
        var perception = turn.Perception;
        var skill = SkillFor(intent, turn.Tenant);
        return intent switch
        {
            Intent.Create or Intent.Answer => await CreateAsync(turn, perception.CorrectedText, cancellationToken).ConfigureAwait(false),
            Intent.Edit => turn.Session.Draft is null
                ? await CreateAsync(turn, perception.CorrectedText, cancellationToken).ConfigureAwait(false)
                : await EditAsync(turn, cancellationToken).ConfigureAwait(false),
            Intent.Query => await QueryAsync(turn, cancellationToken).ConfigureAwait(false),
            Intent.Delete => await DeleteAsync(turn, cancellationToken).ConfigureAwait(false),
            Intent.Confirm => await ConfirmAsync(turn, cancellationToken).ConfigureAwait(false),
            Intent.Hypothesis => await OverlapAsync(turn, cancellationToken).ConfigureAwait(false),
            Intent.Help => Help(turn),
            Intent.Feedback => await FeedbackAsync(turn, cancellationToken).ConfigureAwait(false),
            Intent.Memory => await MemoryAsync(turn, cancellationToken).ConfigureAwait(false),
            _ => Replies.Answer(turn, SkillFor(Intent.Help, turn.Tenant),
                "That's outside what I do. I build and explain customer segments: describe an audience (\"gold members who bought baby products in the last 30 days\") and I'll ground it in your catalog, size it and give you the SQL."),
        };
    }

    // Ambiguous intent: when the classifier is unsure between two things the agent could do, it offers both
    // readings instead of guessing (e.g. "baby buyers who also buy toys": build that segment, or measure the overlap).
    private ChatReply? TwoReadings(TurnContext turn, PerceptionResult perception, Intent intent)
    {
        if (perception.Intent is not { RunnerUp: { } other } prediction || other == intent
            || prediction.Confidence >= 0.6 || prediction.Confidence - prediction.RunnerUpConfidence >= 0.15
            || ReadingOf(intent, turn) is not { } first || ReadingOf(other, turn) is not { } second
            || !BothReadingsPlausible(intent, other, perception.CorrectedText))
        {
            return null;
        }

        var slot = new AmbiguitySlot("intent_choice", perception.CorrectedText.ToLowerInvariant());
        if (turn.Ambiguities.Find(slot) is not null)
        {
            return null;
        }

        var options = new List<AmbiguityOption> { new(intent.ToString(), first, intent.ToString()), new(other.ToString(), second, other.ToString()) };
        var question = new AmbiguityDecision(slot, AmbiguityAction.Ask, null, $"I can read \"{perception.NormalizedText}\" two ways. Which do you mean?", options, null);
        AmbiguityResolver.RecordAsked(turn.Ambiguities, question, turn.Turn);
        turn.Session = turn.Session with { Pending = new PendingClarification(slot, options, perception.CorrectedText, "help"), TaskStep = "awaiting_answer:intent" };
        return Replies.Clarification(turn, SkillFor(intent, turn.Tenant), question);
    }

    // Only confusions whose outcomes differ a lot are worth a question, and only when the words support both.
    private static bool BothReadingsPlausible(Intent first, Intent second, string text) =>
        (first, second) switch
        {
            (Intent.Hypothesis, _) or (_, Intent.Hypothesis) => OverlapCue().IsMatch(text),
            (Intent.Delete, _) or (_, Intent.Delete) => DeletionCue().IsMatch(text),
            _ => false,
        };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(also|too|as well|overlap|both|same)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OverlapCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:\w+\s+){0,3}?(?:customers|shoppers|users|employees|staff|people|members|founders|investors|advisors|lawyers|anyone|everyone|folks)\b.*\b(?:who|that|whose|in|into|with|building|investing|interested)\b.*\b(?:weather|recipe|bitcoin|crypto|lottery|football|soccer|nba|nfl|movies?|netflix|songs?)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AudienceWithTopicWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:hey|hi|ok|okay|so|quick\s+one)\W+)*(?:who(?:'s|'ve|\s+has|\s+have|\s+is|\s+are)?|which\s+(?:of\s+(?:our|the|my)\s+)?\w+|(?:everyone|everybody|anyone|anybody|all\s+(?:the\s+)?(?:people|employees|staff|customers|users)|people|employees|staff|customers|users|folks)\s+(?:who|that|with|holding|having|without))\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AboutPeople();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:write|translate|ignore|disregard|reveal|joke|poem|system\s+prompt|instructions|forecast|what'?s\s+the|what\s+is\s+the)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChatRequest();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(delete|remove|drop|get rid of)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeletionCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(only|just|and|but|except|without|exclude|also|plus|minus|remove|drop)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RefiningCue();

    private static bool NamesAnAudience(Tenant tenant, PerceptionResult perception) =>
        perception.Entities.Facets.Count > 0
        || tenant.Config.VagueTerms.SelectMany(t => t.Phrases).Any(p => System.Text.RegularExpressions.Regex.IsMatch(perception.CorrectedText, $@"\b{System.Text.RegularExpressions.Regex.Escape(p)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(segments?|audiences?|cohorts?|lists?|saved|library|sql|size|explain|why)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LibraryWords();

    private static string? ReadingOf(Intent intent, TurnContext turn) =>
        intent switch
        {
            Intent.Create => "Build a new segment from it",
            Intent.Edit when turn.Session.Draft is not null => "Change the segment we're working on",
            Intent.Hypothesis => "Measure how much the two groups overlap",
            Intent.Delete => "Delete a saved segment",
            _ => null,
        };

    private ResolvedSkill? SkillFor(Intent intent, Tenant tenant)
    {
        try
        {
            return _skills.ForIntent(intent, tenant.Config).FirstOrDefault()
                ?? (intent is Intent.Answer or Intent.Confirm ? _skills.Resolve("segment_creation", tenant.Config) : null);
        }
        catch (SkillResolutionException)
        {
            return null;
        }
    }

    private ResolvedSkill Skill(string skillId, Tenant tenant) => _skills.Resolve(skillId, tenant.Config);

    // The turn and, for a message with a client id, its reply are saved together: a retry finds the reply if and
    // only if the turn was applied. Only the latest turns and replies are kept, so no session grows without bound.
    private async Task SaveAsync(TurnContext turn, ChatReply reply, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
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

        turn.Session = await _sessions.SaveAsync(
            session with { Turns = turns[dropped..], EarlierTurns = session.EarlierTurns + dropped, AnsweredMessages = answered, Ambiguities = turn.Ambiguities.Records },
            cancellationToken).ConfigureAwait(false);
    }

    // The reply the session already gave the message with this client id, marked as a repeat; null when there is none.
    private static ChatReply? Answered(SessionState? session, string? messageId)
    {
        if (session is null || messageId is null || session.AnsweredMessages.LastOrDefault(a => a.MessageId == messageId) is not { } answered)
        {
            return null;
        }

        var reply = ChatJson.Deserialize(answered.ReplyJson);
        return reply with { Audit = [new AuditEntry("idempotency", $"message {messageId} was already answered; the turn was not applied again", 0)] };
    }

    private async Task EnsureIndexAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var build = _indexes.GetOrAdd(tenant.Id, _ => new Lazy<Task>(() => _indexBuilder.BuildAsync(tenant, CancellationToken.None)));
        try
        {
            await build.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (VectorIndexException)
        {
            // The retriever falls back to fuzzy search; try to build again on a later turn.
            _indexes.TryRemove(tenant.Id, out _);
        }
    }

    private (Warehouse? Warehouse, string? Problem) OpenWarehouse(Tenant tenant, string? overridePath)
    {
        try
        {
            return (Warehouse.For(tenant, _layout.Root, overridePath), null);
        }
        catch (WarehouseUnavailableException ex)
        {
            return (null, ex.Message);
        }
    }

    private static async Task<DateOnly?> WarehouseAsOfAsync(Warehouse? warehouse, CancellationToken cancellationToken)
    {
        if (warehouse is null)
        {
            return null;
        }

        try
        {
            return (await WarehouseMetadata.ReadAsync(warehouse, cancellationToken).ConfigureAwait(false))?.AsOf;
        }
        catch (WarehouseUnavailableException)
        {
            return null;
        }
    }

    private const string SessionUnavailable =
        "I'm temporarily unable to keep your session, so this message was not applied. Your conversation and draft are as they were; please send it again in a moment.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Memory unavailable in {TenantId}/{SessionId} ({Store})")]
    private static partial void LogMemoryUnavailable(ILogger logger, string tenantId, string sessionId, string store, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn in {TenantId}/{SessionId} failed")]
    private static partial void LogTurnFailed(ILogger logger, string tenantId, string sessionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn in {TenantId}/{SessionId} failed in a store (trace id {TraceId})")]
    private static partial void LogStoreFailed(ILogger logger, string tenantId, string sessionId, string traceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Size estimate in {TenantId}/{SessionId} failed (trace id {TraceId})")]
    private static partial void LogEstimateFailed(ILogger logger, string tenantId, string sessionId, string traceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn in {TenantId}/{SessionId}: {Kind} by {SkillId} in {ElapsedMs:0} ms")]
    private static partial void LogTurn(ILogger logger, string tenantId, string sessionId, ReplyKind kind, string? skillId, double elapsedMs);
}
