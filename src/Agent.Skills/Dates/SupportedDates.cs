using System.Globalization;

namespace SegmentAI.Skills.Dates;

/// <summary>
/// The one range of dates SegmentAI works with: as-of dates, resolved windows and generated warehouses. Far wider
/// than any customer history or plan needs, and far enough inside <see cref="DateOnly"/>'s limits that calendar
/// arithmetic on a date in range (a year back, a decade ahead) can never overflow.
/// </summary>
public static class SupportedDates
{
    /// <summary>The first supported day.</summary>
    public static DateOnly First { get; } = new(1900, 1, 1);

    /// <summary>The last supported day (inclusive).</summary>
    public static DateOnly Last { get; } = new(2199, 12, 31);

    /// <summary>The range in words, for messages: "1 Jan 1900 and 31 Dec 2199".</summary>
    public static string Range { get; } = $"{DateText.Day(First)} and {DateText.Day(Last)}";

    /// <summary>True when <paramref name="date"/> is a supported day.</summary>
    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>True when the half-open window [<paramref name="start"/>, <paramref name="end"/>) lies within the range.</summary>
    public static bool Contains(DateOnly start, DateOnly end) => Contains(start) && end > start && Contains(end.AddDays(-1));

    /// <summary>"I can only work with dates between 1 Jan 1900 and 31 Dec 2199; {what} goes past that."</summary>
    /// <param name="what">What was asked for, e.g. "'the last 3000 years'".</param>
    public static string Beyond(string what) => $"I can only work with dates between {Range}; {what} goes past that.";

    /// <summary>The reply for an as-of date outside the range.</summary>
    public static string AsOfOutside(DateOnly asOf) =>
        $"I can only work with dates between {Range}, so I can't answer as of {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Pick an as-of date in that range.";

}
