namespace SegmentAI.Skills.Dates;

/// <summary>
/// What a date phrase means as of a given date: one window, several candidate windows, or nothing.
/// </summary>
/// <param name="Status">Whether the phrase resolved, is ambiguous or is not a date expression.</param>
/// <param name="Window">The window when <see cref="DateResolutionStatus.Resolved"/>; otherwise null.</param>
/// <param name="Candidates">The readings to choose from when <see cref="DateResolutionStatus.Ambiguous"/>; otherwise empty.</param>
/// <param name="Note">Assumptions or explanation in plain English, fit to show the user.</param>
/// <param name="IsFuture">True when the window starts after the as-of date: segments look backwards, so it holds no data yet.</param>
public sealed record DateResolution(
    DateResolutionStatus Status,
    DateWindow? Window,
    IReadOnlyList<DateWindowCandidate> Candidates,
    string? Note,
    bool IsFuture)
{
    /// <summary>The result for text that is not a date expression.</summary>
    public static DateResolution NotFound { get; } = new(DateResolutionStatus.NotFound, null, [], null, false);

    /// <summary>A phrase with a single reading.</summary>
    /// <param name="window">The window.</param>
    /// <param name="note">Assumptions to show the user, if any.</param>
    /// <param name="isFuture">Whether the window starts after the as-of date.</param>
    public static DateResolution Resolved(DateWindow window, string? note = null, bool isFuture = false)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new(DateResolutionStatus.Resolved, window, [], note, isFuture);
    }

    /// <summary>A phrase with several readings the user must choose between.</summary>
    /// <param name="candidates">At least two readings.</param>
    /// <param name="note">Why the phrase is ambiguous.</param>
    public static DateResolution Ambiguous(IReadOnlyList<DateWindowCandidate> candidates, string note)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new(DateResolutionStatus.Ambiguous, null, candidates, note, false);
    }

    /// <summary>A phrase whose window reaches outside <see cref="SupportedDates"/>.</summary>
    /// <param name="expression">The user's words, quoted in the note.</param>
    public static DateResolution OutOfRange(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new(DateResolutionStatus.OutOfRange, null, [], SupportedDates.Beyond($"'{expression}'"), false);
    }
}
