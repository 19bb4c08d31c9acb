namespace SegmentAI.Skills.Memory;

/// <summary>
/// A memory store could not be reached, or did not answer within its time budget. Nothing was written by the
/// failed call; the caller tells the user and keeps its last stored state.
/// </summary>
public sealed class MemoryUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MemoryUnavailableException(string store, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Store = store;
    }

    /// <summary>Which memory failed: "short-term" (sessions) or "long-term".</summary>
    public string Store { get; }
}
