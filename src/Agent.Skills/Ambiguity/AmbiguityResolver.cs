namespace SegmentAI.Skills.Ambiguity;

/// <summary>
/// The one component that decides every clarification. In order: reuse an answer already given in this
/// session; else a stored preference of the user; else the tenant's default; else infer from context when
/// confident enough, stating the assumption; else ask exactly one question with at most four options. A slot
/// already asked about is never asked again, even if the user moved on without answering.
/// </summary>
internal sealed class AmbiguityResolver
{
    private readonly IUserPreferenceSource _preferences;
    private readonly AmbiguityResolverOptions _options;

    /// <summary>Creates the resolver.</summary>
    public AmbiguityResolver(IUserPreferenceSource preferences, AmbiguityResolverOptions? options = null)
    {
        _preferences = preferences;
        _options = options ?? new AmbiguityResolverOptions();
    }

    /// <summary>Decides how to resolve <paramref name="request"/>; does not change the log.</summary>
    public async Task<AmbiguityDecision> DecideAsync(
        AmbiguityLog log, string tenantId, string userId, AmbiguityRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(request);
        var slot = request.Slot;
        var previous = log.Find(slot);
        if (previous?.Resolution is { } answered)
        {
            return Resolved(slot, AmbiguityAction.UseSessionAnswer, answered, $"Using your earlier answer: {answered.Label}.");
        }

        if (previous is not null)
        {
            // Asked before and left unanswered: asking again would repeat the question, so assume and say so.
            var fallback = request.Inferred ?? request.TenantDefault ?? request.Options.FirstOrDefault();
            if (fallback is not null)
            {
                return Resolved(slot, AmbiguityAction.Infer, fallback, $"You didn't pick an option for \"{previous.Question}\"; I assumed {fallback.Label}. Tell me if you meant something else.");
            }
        }

        if (await FindPreferenceAsync(tenantId, userId, slot.Kind, cancellationToken).ConfigureAwait(false) is { } preference
            && preference.Confidence >= _options.PreferenceThreshold)
        {
            return Resolved(slot, AmbiguityAction.UsePreference, preference.Option, $"Using what you told me before: {preference.Option.Label}.");
        }

        if (request.TenantDefault is { } tenantDefault)
        {
            return Resolved(slot, AmbiguityAction.UseTenantDefault, tenantDefault, $"Using your workspace's standard meaning: {tenantDefault.Label}.");
        }

        if (request.Inferred is { } inferred && request.InferredConfidence >= (request.InferenceThreshold ?? _options.InferenceThreshold))
        {
            return Resolved(slot, AmbiguityAction.Infer, inferred, $"I assumed {inferred.Label}.");
        }

        var options = request.Options.Take(request.MaxOptions ?? _options.MaxOptions).ToList();
        return new AmbiguityDecision(slot, AmbiguityAction.Ask, null, request.Question, options, null);
    }

    /// <summary>Records that the question of <paramref name="decision"/> was asked in turn <paramref name="turn"/>.</summary>
    public static void RecordAsked(AmbiguityLog log, AmbiguityDecision decision, int turn)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(decision);
        log.Put(new AmbiguityRecord(decision.Slot, decision.Question, decision.Options, null, null, turn));
    }

    /// <summary>Records a resolution reached without the user's answer (preference, default, inference).</summary>
    public static void RecordResolved(AmbiguityLog log, AmbiguityDecision decision, int turn)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(decision);
        var asked = log.Find(decision.Slot);
        log.Put(new AmbiguityRecord(decision.Slot, asked?.Question, decision.Options.Count > 0 ? decision.Options : asked?.Options ?? [], decision.Resolution, decision.Action, turn));
    }

    /// <summary>Records the user's answer to a slot and, when <paramref name="learn"/>, teaches it to long-term memory.</summary>
    /// <remarks>Only answers that mean the same thing next time (what "high-value" means to this user) are worth learning;
    /// a choice between two readings of one sentence is not.</remarks>
    public async Task RecordAnswerAsync(
        AmbiguityLog log, string tenantId, string userId, string sessionId, AmbiguitySlot slot, AmbiguityOption answer, int turn, bool learn = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(slot);
        var asked = log.Find(slot);
        log.Put(new AmbiguityRecord(slot, asked?.Question, asked?.Options ?? [], answer, AmbiguityAction.UseSessionAnswer, turn));
        if (learn)
        {
            try
            {
                await _preferences.LearnAsync(tenantId, userId, slot.Kind, answer, $"answered in session {sessionId}", cancellationToken).ConfigureAwait(false);
            }
            catch (Memory.MemoryUnavailableException)
            {
                // The answer still settles this conversation (the log above); only reuse in later sessions is lost.
            }
        }
    }

    // Long-term memory being down costs only the reuse of earlier answers: the resolver goes on as if none were stored.
    private async Task<UserPreference?> FindPreferenceAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken)
    {
        try
        {
            return await _preferences.FindAsync(tenantId, userId, kind, cancellationToken).ConfigureAwait(false);
        }
        catch (Memory.MemoryUnavailableException)
        {
            return null;
        }
    }

    private static AmbiguityDecision Resolved(AmbiguitySlot slot, AmbiguityAction action, AmbiguityOption option, string assumption) =>
        new(slot, action, option, null, [], assumption);
}
