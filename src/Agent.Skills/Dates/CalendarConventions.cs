namespace SegmentAI.Skills.Dates;

/// <summary>
/// How a tenant counts its calendar: when its fiscal year starts, how fiscal years are named,
/// which day starts a week and which calendar "this year" / "this quarter" mean by default.
/// </summary>
/// <param name="FiscalYearStartMonth">Month (1–12) on whose first day the fiscal year starts.</param>
/// <param name="FiscalYearNaming">Whether FY27 names the year that ends or the year that starts in 2027.</param>
/// <param name="WeekStart">First day of a week for "this week" / "last week".</param>
/// <param name="DefaultCalendar">Calendar used by unqualified "this year" / "Q3" phrases.</param>
public sealed record CalendarConventions(
    int FiscalYearStartMonth = 1,
    FiscalYearNaming FiscalYearNaming = FiscalYearNaming.EndYear,
    DayOfWeek WeekStart = DayOfWeek.Monday,
    CalendarKind DefaultCalendar = CalendarKind.Gregorian)
{
    /// <summary>Plain Gregorian calendar, weeks starting Monday.</summary>
    public static CalendarConventions Gregorian { get; } = new();
}
