namespace SegmentAI.Skills.Memory;

/// <summary>
/// A memory store was reached but failed a command (it rejected the data, or a statement failed), so the call
/// changed nothing. Unlike <see cref="MemoryUnavailableException"/>, trying again soon will not help; the message,
/// which may quote the database driver, is for logs and admins, never for users.
/// </summary>
public sealed class MemoryStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="store"><see cref="MemoryUnavailableException.ShortTerm"/> or <see cref="MemoryUnavailableException.LongTerm"/>.</param>
    /// <param name="message">What failed, for the log.</param>
    /// <param name="innerException">The driver's exception.</param>
    public MemoryStoreException(string store, string message, Exception innerException)
        : base(message, innerException)
    {
        Store = store;
    }

    /// <summary>Which memory failed: <see cref="MemoryUnavailableException.ShortTerm"/> or <see cref="MemoryUnavailableException.LongTerm"/>.</summary>
    public string Store { get; }
}
