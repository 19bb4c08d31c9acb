namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>
/// The long-term memory schema cannot be brought up to date safely (an applied migration was edited, the
/// database was migrated by a newer version, no schema to create tables in); the message says what to do.
/// </summary>
internal sealed class LongTermSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LongTermSchemaException(string message)
        : base(message)
    {
    }
}
