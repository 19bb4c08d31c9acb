namespace SegmentAI.Skills.Dates;

/// <summary>
/// Dates of the US retail holidays the resolver understands. Pure date arithmetic, no data files.
/// </summary>
internal static class HolidayCalendar
{
    /// <summary>US Thanksgiving: the fourth Thursday of November.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly Thanksgiving(int year) => NthWeekday(year, 11, DayOfWeek.Thursday, 4);

    /// <summary>Black Friday: the day after Thanksgiving.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly BlackFriday(int year) => Thanksgiving(year).AddDays(1);

    /// <summary>Cyber Monday: the Monday after Thanksgiving.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly CyberMonday(int year) => Thanksgiving(year).AddDays(4);

    /// <summary>US Memorial Day: the last Monday of May.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly MemorialDay(int year) => LastWeekday(year, 5, DayOfWeek.Monday);

    /// <summary>US Labor Day: the first Monday of September.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly LaborDay(int year) => NthWeekday(year, 9, DayOfWeek.Monday, 1);

    /// <summary>US Mother's Day: the second Sunday of May.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly MothersDay(int year) => NthWeekday(year, 5, DayOfWeek.Sunday, 2);

    /// <summary>US Father's Day: the third Sunday of June.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly FathersDay(int year) => NthWeekday(year, 6, DayOfWeek.Sunday, 3);

    /// <summary>Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus.</summary>
    /// <param name="year">Calendar year.</param>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The <paramref name="n"/>th <paramref name="weekday"/> of a month (n = 1..5).</summary>
    /// <param name="year">Calendar year.</param>
    /// <param name="month">Month 1–12.</param>
    /// <param name="weekday">Day of the week.</param>
    /// <param name="n">Which occurrence, from 1.</param>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>The last <paramref name="weekday"/> of a month.</summary>
    /// <param name="year">Calendar year.</param>
    /// <param name="month">Month 1–12.</param>
    /// <param name="weekday">Day of the week.</param>
    public static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }
}
