using System.Globalization;

namespace SegmentAI.Skills.Dates;

/// <summary>How a day is written in replies and messages ("1 Nov 2026"), one rule for every place that shows a date.</summary>
public static class DateText
{
    /// <summary>The day as "d MMM yyyy", culture-invariant.</summary>
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1 Nov 2026 – 31 Jan 2027" for the half-open window [start, end); one day when it is one day long.</summary>
    public static string Range(DateOnly start, DateOnly end)
    {
        var last = end.AddDays(-1);
        return last == start ? Day(start) : $"{Day(start)} – {Day(last)}";
    }
}
