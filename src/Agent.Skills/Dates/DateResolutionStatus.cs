namespace SegmentAI.Skills.Dates;

/// <summary>Outcome of resolving a date phrase.</summary>
public enum DateResolutionStatus
{
    /// <summary>The phrase is not a date expression the resolver knows.</summary>
    NotFound,

    /// <summary>The phrase has one reading; see <see cref="DateResolution.Window"/>.</summary>
    Resolved,

    /// <summary>The phrase has several sensible readings; see <see cref="DateResolution.Candidates"/>. Ask the user.</summary>
    Ambiguous,

    /// <summary>
    /// The phrase is a date expression, but it reaches outside <see cref="SupportedDates"/>;
    /// <see cref="DateResolution.Note"/> says so in words fit for the user.
    /// </summary>
    OutOfRange,
}
