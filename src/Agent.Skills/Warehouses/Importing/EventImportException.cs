namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// A file cannot be imported at all (no header, a mapped column missing, a JSON array, an event table the mapping does
/// not fit); nothing was written. The message says what is wrong in words meant for the person importing.
/// </summary>
public sealed class EventImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EventImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public EventImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
