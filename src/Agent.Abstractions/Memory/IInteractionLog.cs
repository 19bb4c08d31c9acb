namespace SegmentAI.Skills.Memory;

/// <summary>
/// Long-term record of what the agent did: the query log the evals replay, the segment audit trail, execution
/// traces and counted error patterns. One <see cref="RecordTurnAsync"/> writes all of them or none.
/// </summary>
public interface IInteractionLog
{
    /// <summary>
    /// Records a handled turn (and its error pattern, for failed turns) atomically. A turn whose
    /// <see cref="TurnRecord.MessageId"/> the session already logged is not logged again.
    /// </summary>
    Task RecordTurnAsync(TurnRecord record, CancellationToken cancellationToken = default);

    /// <summary>Turns of the tenant handled at or after <paramref name="since"/>, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TurnRecord>> RecentAsync(string tenantId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    /// <summary>The turns of one session in order: the audit trail of what was built there.</summary>
    Task<IReadOnlyList<TurnRecord>> SessionAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every turn handled before <paramref name="cutoff"/> with its segment audit and execution trace, in
    /// every tenant (the retention limit), and returns how many turns went. Error pattern counts stay.
    /// </summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>The tenant's error patterns, most frequent first.</summary>
    Task<IReadOnlyList<ErrorPattern>> ErrorPatternsAsync(string tenantId, CancellationToken cancellationToken = default);
}
