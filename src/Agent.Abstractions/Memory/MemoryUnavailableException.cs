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

    /// <summary><see cref="Store"/> of session stores.</summary>
    public const string ShortTerm = "short-term";

    /// <summary><see cref="Store"/> of preference, library, vocabulary and log stores.</summary>
    public const string LongTerm = "long-term";

    /// <summary>Which memory failed: <see cref="ShortTerm"/> or <see cref="LongTerm"/>.</summary>
    public string Store { get; }
}
