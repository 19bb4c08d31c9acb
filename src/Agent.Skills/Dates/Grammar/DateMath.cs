namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>Calendar arithmetic shared by the grammar rules.</summary>
internal static class DateMath
{
    public static DateOnly StartOfWeek(DateOnly date, DayOfWeek weekStart) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)weekStart) + 7) % 7);

    public static DateOnly StartOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly StartOfDecade(DateOnly date) => new(date.Year - (date.Year % 10), 1, 1);

    public static DateOnly Add(DateOnly date, PeriodUnit unit, int count) => unit switch
    {
        PeriodUnit.Day => date.AddDays(count),
        PeriodUnit.Week => date.AddDays(7 * count),
        PeriodUnit.Month => date.AddMonths(count),
        PeriodUnit.Quarter => date.AddMonths(3 * count),
        PeriodUnit.Half => date.AddMonths(6 * count),
        PeriodUnit.Year => date.AddYears(count),
        PeriodUnit.Decade => date.AddYears(10 * count),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>
    /// Week <paramref name="n"/> of a month: the week that holds the month's 4th, 11th, … day, so a week
    /// belongs to the month that holds most of its days (the ISO-8601 rule, for any week start).
    /// </summary>
    public static DateOnly WeekOfMonth(int year, int month, int n, DayOfWeek weekStart) =>
        StartOfWeek(new DateOnly(year, month, 4), weekStart).AddDays(7 * (n - 1));

    public static DateOnly LastWeekOfMonth(int year, int month, DayOfWeek weekStart) =>
        StartOfWeek(new DateOnly(year, month, 1).AddMonths(1).AddDays(-4), weekStart);

    /// <summary>Week <paramref name="n"/> of a year by the ISO-8601 rule: week 1 holds 4 January.</summary>
    public static DateOnly WeekOfYear(int year, int n, DayOfWeek weekStart) =>
        StartOfWeek(new DateOnly(year, 1, 4), weekStart).AddDays(7 * (n - 1));

    public static DateOnly LastWeekOfYear(int year, DayOfWeek weekStart) =>
        StartOfWeek(new DateOnly(year, 12, 28), weekStart);

    public static int Offset(DayOfWeek day, DayOfWeek weekStart) => (((int)day - (int)weekStart) + 7) % 7;
}
