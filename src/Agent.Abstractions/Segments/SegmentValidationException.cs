namespace SegmentAI.Skills.Segments;

/// <summary>A segment definition cannot be used as given; <see cref="Issues"/> lists every reason.</summary>
public sealed class SegmentValidationException : Exception
{
    /// <summary>Creates the exception from the issues found.</summary>
    public SegmentValidationException(IReadOnlyList<SegmentIssue> issues)
        : base(issues.Count == 1 ? issues[0].ToString() : string.Join("; ", issues))
    {
        Issues = issues;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<SegmentIssue> Issues { get; }
}
