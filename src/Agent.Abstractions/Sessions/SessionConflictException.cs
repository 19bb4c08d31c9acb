namespace SegmentAI.Skills.Sessions;

/// <summary>Another turn changed the session first; the caller reloads and retries, or tells the user.</summary>
public sealed class SessionConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SessionConflictException(string sessionId, long expected, long actual)
        : base($"session {sessionId} changed concurrently (expected version {expected}, found {actual})")
    {
        SessionId = sessionId;
    }

    /// <summary>The session.</summary>
    public string SessionId { get; }
}
