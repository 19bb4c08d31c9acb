namespace SegmentAI.Skills.Library;

/// <summary>A library operation cannot be done as asked (unknown segment, name taken); the message says why.</summary>
public sealed class SegmentLibraryException : Exception
{
    /// <summary>Creates the exception for a request that is not acceptable.</summary>
    public SegmentLibraryException(string message)
        : this(message, SegmentLibraryFailure.Invalid)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SegmentLibraryException(string message, SegmentLibraryFailure failure)
        : base(message)
    {
        Failure = failure;
    }

    /// <summary>Why the operation failed.</summary>
    public SegmentLibraryFailure Failure { get; }

    /// <summary>The name is already used by another segment of the tenant.</summary>
    public static SegmentLibraryException NameTaken(string name) => new($"A segment named \"{name}\" already exists; pick another name.", SegmentLibraryFailure.NameTaken);

    /// <summary>The tenant has no (active) segment with this id.</summary>
    public static SegmentLibraryException NotFound(string segmentId) =>
        new($"There is no saved segment '{segmentId}'. Say \"list my segments\" to see them.", SegmentLibraryFailure.NotFound);

    /// <summary>The user may not do this; <paramref name="reason"/> says what their role allows and whom to ask.</summary>
    public static SegmentLibraryException Forbidden(string reason) => new(reason, SegmentLibraryFailure.Forbidden);
}
