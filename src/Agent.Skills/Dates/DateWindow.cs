using System.Globalization;

namespace SegmentAI.Skills.Dates;

/// <summary>
/// A half-open window of local dates, <c>[Start, End)</c>, resolved from a user's date phrase.
/// </summary>
public sealed record DateWindow
{
    /// <summary>Creates a window; <paramref name="start"/> must be before <paramref name="end"/>.</summary>
    /// <param name="start">First day in the window.</param>
    /// <param name="end">First day after the window (exclusive).</param>
    /// <param name="expression">The user's words this window was read from.</param>
    /// <exception cref="ArgumentException">The window is empty or inverted.</exception>
    public DateWindow(DateOnly start, DateOnly end, string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (start >= end)
        {
            throw new ArgumentException($"A date window must start before it ends: {start:yyyy-MM-dd}..{end:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
        Expression = expression;
    }

    /// <summary>First day in the window (inclusive).</summary>
    public DateOnly Start { get; }

    /// <summary>First day after the window (exclusive).</summary>
    public DateOnly End { get; }

    /// <summary>The user's verbatim words, e.g. "the last 30 days".</summary>
    public string Expression { get; }

    /// <summary>Number of days in the window.</summary>
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>The last day in the window (inclusive), handy for messages to people.</summary>
    public DateOnly LastDay => End.AddDays(-1);

    /// <summary>Formats as <c>2026-10-23..2026-11-22 (exclusive)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd} (exclusive)");
}
