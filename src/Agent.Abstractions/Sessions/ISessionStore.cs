namespace SegmentAI.Skills.Sessions;

/// <summary>
/// Short-term memory of sessions (24-hour time to live). Keys are namespaced by tenant: a session id of one
/// tenant never reaches another tenant's state. Stores that cannot reach their server, or answer too slowly,
/// throw <see cref="Memory.MemoryUnavailableException"/> and leave the stored state as it was.
/// </summary>
public interface ISessionStore
{
    /// <summary>The session, or null when it does not exist (or expired).</summary>
    Task<SessionState?> LoadAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="state"/> if the stored version still equals <paramref name="state"/>.Version and
    /// returns the saved state with its new version; throws <see cref="SessionConflictException"/> otherwise.
    /// </summary>
    Task<SessionState> SaveAsync(SessionState state, CancellationToken cancellationToken = default);
}
