using System.Globalization;

namespace SegmentAI.Skills.Dates;

/// <summary>
/// Years, quarters and halves of a tenant's fiscal calendar. A fiscal year starting in January is the
/// Gregorian calendar, so the same type also answers calendar-year questions.
/// </summary>
public sealed class FiscalCalendar
{
    /// <summary>The plain Gregorian calendar (years start 1 January).</summary>
    public static FiscalCalendar Gregorian { get; } = new(CalendarConventions.Gregorian);

    /// <summary>Creates the fiscal calendar described by a tenant's conventions.</summary>
    /// <param name="conventions">The tenant's conventions; only the fiscal year start and naming matter here.</param>
    /// <exception cref="ArgumentOutOfRangeException">The fiscal year start month is not 1–12.</exception>
    public FiscalCalendar(CalendarConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        ArgumentOutOfRangeException.ThrowIfLessThan(conventions.FiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(conventions.FiscalYearStartMonth, 12);
        StartMonth = conventions.FiscalYearStartMonth;
        Naming = conventions.FiscalYearNaming;
    }

    /// <summary>Month (1–12) on whose first day the fiscal year starts.</summary>
    public int StartMonth { get; }

    /// <summary>Which calendar year names a fiscal year.</summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>True when fiscal years coincide with calendar years.</summary>
    public bool IsGregorian => StartMonth == 1;

    /// <summary>The fiscal year (by its name, e.g. 2027 for FY27) that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    public int FiscalYearOf(DateOnly date)
    {
        var startYear = date.Month >= StartMonth ? date.Year : date.Year - 1;
        return NameOfYearStartingIn(startYear);
    }

    /// <summary>First day of the named fiscal year.</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number, e.g. 2027 for FY27.</param>
    public DateOnly YearStart(int fiscalYear) => new(StartYearOf(fiscalYear), StartMonth, 1);

    /// <summary>First day after the named fiscal year (exclusive end).</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number.</param>
    public DateOnly YearEnd(int fiscalYear) => YearStart(fiscalYear).AddYears(1);

    /// <summary>Fiscal quarter (1–4) that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    public int QuarterOf(DateOnly date) => (MonthsIntoYear(date) / 3) + 1;

    /// <summary>Fiscal half (1–2) that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    public int HalfOf(DateOnly date) => (MonthsIntoYear(date) / 6) + 1;

    /// <summary>First day of a fiscal quarter.</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number.</param>
    /// <param name="quarter">Quarter 1–4.</param>
    public DateOnly QuarterStart(int fiscalYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return YearStart(fiscalYear).AddMonths((quarter - 1) * 3);
    }

    /// <summary>First day after a fiscal quarter (exclusive end).</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number.</param>
    /// <param name="quarter">Quarter 1–4.</param>
    public DateOnly QuarterEnd(int fiscalYear, int quarter) => QuarterStart(fiscalYear, quarter).AddMonths(3);

    /// <summary>First day of a fiscal half year.</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number.</param>
    /// <param name="half">Half 1–2.</param>
    public DateOnly HalfStart(int fiscalYear, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return YearStart(fiscalYear).AddMonths((half - 1) * 6);
    }

    /// <summary>Short name of a year: "FY27" for a fiscal calendar, "2027" for the Gregorian one.</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number.</param>
    public string YearName(int fiscalYear) => IsGregorian
        ? fiscalYear.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"FY{fiscalYear % 100:00}");

    /// <summary>Short name of a quarter: "Q4 FY27" or "Q4 2027".</summary>
    /// <param name="fiscalYear">Fiscal year name as a full year number.</param>
    /// <param name="quarter">Quarter 1–4.</param>
    public string QuarterName(int fiscalYear, int quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"Q{quarter} {YearName(fiscalYear)}");

    /// <summary>
    /// The name of the fiscal quarter, half or year that is exactly <c>[start, end)</c> ("Q4 FY27", "H2 FY27", "FY27"),
    /// or null when the dates are no such period.
    /// </summary>
    /// <param name="start">First day.</param>
    /// <param name="end">First day after.</param>
    public string? PeriodName(DateOnly start, DateOnly end)
    {
        var year = FiscalYearOf(start);
        if (start == YearStart(year) && end == YearEnd(year))
        {
            return YearName(year);
        }

        var half = HalfOf(start);
        if (start == HalfStart(year, half) && end == HalfStart(year, half).AddMonths(6))
        {
            return string.Create(CultureInfo.InvariantCulture, $"H{half} {YearName(year)}");
        }

        var quarter = QuarterOf(start);
        return start == QuarterStart(year, quarter) && end == QuarterEnd(year, quarter) ? QuarterName(year, quarter) : null;
    }

    /// <summary>Plain-English description of when the fiscal year starts, e.g. "fiscal year starts 1 February".</summary>
    public string Describe()
    {
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(StartMonth);
        var naming = Naming == FiscalYearNaming.EndYear ? "named by the year it ends in" : "named by the year it starts in";
        return $"fiscal year starts 1 {month}, {naming}";
    }

    private int MonthsIntoYear(DateOnly date) => ((date.Month - StartMonth) + 12) % 12;

    private int NameOfYearStartingIn(int startYear) =>
        IsGregorian || Naming == FiscalYearNaming.StartYear ? startYear : startYear + 1;

    private int StartYearOf(int fiscalYear) =>
        IsGregorian || Naming == FiscalYearNaming.StartYear ? fiscalYear : fiscalYear - 1;
}
