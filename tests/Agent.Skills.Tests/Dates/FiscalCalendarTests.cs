using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class FiscalCalendarTests
{
    private readonly FiscalCalendar _acme = new(Acme);
    private readonly DateExpressionResolver _resolver = new(Acme);

    [Theory]
    [InlineData("2026-01-31", 2026)]
    [InlineData("2026-02-01", 2027)]
    [InlineData("2026-11-22", 2027)]
    public void Names_fiscal_years_by_the_year_they_end_in(string date, int expected)
    {
        Assert.Equal(expected, _acme.FiscalYearOf(D(date)));
    }

    [Fact]
    public void Names_fiscal_years_by_the_year_they_start_in_when_configured()
    {
        var calendar = new FiscalCalendar(new CalendarConventions(2, FiscalYearNaming.StartYear));

        Assert.Equal(2026, calendar.FiscalYearOf(D("2026-02-01")));
        Assert.Equal(D("2026-02-01"), calendar.YearStart(2026));
    }

    [Fact]
    public void Answers_fiscal_quarter_bounds_and_names()
    {
        Assert.Equal(4, _acme.QuarterOf(D("2026-11-22")));
        Assert.Equal(D("2025-02-01"), _acme.QuarterStart(2026, 1));
        Assert.Equal(D("2025-05-01"), _acme.QuarterEnd(2026, 1));
        Assert.Equal(D("2027-02-01"), _acme.YearEnd(2027));
        Assert.Equal("Q4 FY27", _acme.QuarterName(2027, 4));
    }

    [Theory]
    [InlineData("2026-11-01", "2027-02-01", "Q4 FY27")]
    [InlineData("2026-08-01", "2027-02-01", "H2 FY27")]
    [InlineData("2026-02-01", "2027-02-01", "FY27")]
    [InlineData("2026-11-01", "2027-01-01", null)]
    [InlineData("2026-10-01", "2027-01-01", null)]
    public void Names_a_window_only_when_it_is_exactly_a_fiscal_period(string start, string end, string? expected)
    {
        Assert.Equal(expected, _acme.PeriodName(D(start), D(end)));
    }

    [Fact]
    public void Treats_a_january_fiscal_year_as_the_calendar_year()
    {
        Assert.True(FiscalCalendar.Gregorian.IsGregorian);
        Assert.Equal(D("2026-07-01"), FiscalCalendar.Gregorian.QuarterStart(2026, 3));
        Assert.Equal("2026", FiscalCalendar.Gregorian.YearName(2026));
    }

    [Fact]
    public void Resolves_Q1_FY26_for_acme_fiscal_calendar()
    {
        var resolution = _resolver.Resolve("Q1 FY26", AsOf);

        Resolved(resolution, "2025-02-01", "2025-05-01");
    }

    [Theory]
    [InlineData("FY26 Q1")]
    [InlineData("Q1 of FY2026")]
    [InlineData("the first quarter of fiscal 2026")]
    public void Resolves_other_spellings_of_Q1_FY26(string phrase)
    {
        Resolved(_resolver.Resolve(phrase, AsOf), "2025-02-01", "2025-05-01");
    }

    [Fact]
    public void Resolves_this_quarter_to_fiscal_Q4_with_an_explaining_note()
    {
        var resolution = _resolver.Resolve("this quarter", AsOf);

        Resolved(resolution, "2026-11-01", "2027-02-01");
        Assert.Contains("Q4 FY27 means 1 Nov 2026 – 31 Jan 2027 (fiscal year starts 1 February", resolution.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this year", "2026-02-01", "2027-02-01")]
    [InlineData("last year", "2025-02-01", "2026-02-01")]
    [InlineData("FY27", "2026-02-01", "2027-02-01")]
    [InlineData("Q3", "2026-08-01", "2026-11-01")]
    [InlineData("last quarter", "2026-08-01", "2026-11-01")]
    [InlineData("H1 FY27", "2026-02-01", "2026-08-01")]
    public void Follows_the_fiscal_default_calendar(string phrase, string start, string end)
    {
        Resolved(_resolver.Resolve(phrase, AsOf), start, end);
    }

    [Theory]
    [InlineData("year to date", "2026-02-01")]
    [InlineData("fiscal year to date", "2026-02-01")]
    [InlineData("calendar year to date", "2026-01-01")]
    [InlineData("quarter to date", "2026-11-01")]
    public void Lets_calendar_and_fiscal_qualifiers_override_the_default(string phrase, string start)
    {
        Resolved(_resolver.Resolve(phrase, AsOf), start, "2026-11-22");
    }

    [Theory]
    [InlineData("this calendar year", "2026-01-01", "2027-01-01")]
    [InlineData("calendar Q3", "2026-07-01", "2026-10-01")]
    public void Resolves_calendar_qualified_periods_for_a_fiscal_tenant(string phrase, string start, string end)
    {
        Resolved(_resolver.Resolve(phrase, AsOf), start, end);
    }

    [Fact]
    public void Reads_a_bare_year_number_as_the_calendar_year_and_says_so()
    {
        var resolution = _resolver.Resolve("2025", AsOf);

        Resolved(resolution, "2025-01-01", "2026-01-01");
        Assert.Contains("FY25", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Moves_to_the_next_fiscal_year_on_its_first_day()
    {
        Resolved(_resolver.Resolve("this year", new DateOnly(2026, 1, 31)), "2025-02-01", "2026-02-01");
        Resolved(_resolver.Resolve("this year", new DateOnly(2026, 2, 1)), "2026-02-01", "2027-02-01");
    }
}
