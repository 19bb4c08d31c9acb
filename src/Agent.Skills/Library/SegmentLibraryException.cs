namespace SegmentAI.Skills.Library;

/// <summary>A library operation cannot be done as asked (unknown segment, name taken); the message says why.</summary>
public sealed class SegmentLibraryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SegmentLibraryException(string message)
        : base(message)
    {
    }
}
