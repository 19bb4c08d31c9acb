using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class CalendarEdgeTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Fact]
    public void Counts_29_days_of_february_in_a_leap_year()
    {
        var window = Resolved(_resolver.Resolve("February 2024", AsOf), "2024-02-01", "2024-03-01");

        Assert.Equal(29, window.Days);
    }

    [Fact]
    public void Counts_leap_day_in_last_30_days()
    {
        var resolution = _resolver.Resolve("last 30 days", new DateOnly(2024, 3, 1));

        Resolved(resolution, "2024-01-31", "2024-03-01");
    }

    [Fact]
    public void Clamps_last_month_from_the_31st_to_the_end_of_february()
    {
        var resolution = _resolver.Resolve("the past month", new DateOnly(2024, 3, 31));

        Resolved(resolution, "2024-02-29", "2024-03-31");
    }

    [Fact]
    public void Resolves_february_29_to_the_most_recent_leap_day()
    {
        var resolution = _resolver.Resolve("Feb 29", AsOf);

        Resolved(resolution, "2024-02-29", "2024-03-01");
    }

    [Fact]
    public void Counts_366_days_in_a_leap_year()
    {
        var window = Resolved(_resolver.Resolve("last year", new DateOnly(2025, 3, 1)), "2024-01-01", "2025-01-01");

        Assert.Equal(366, window.Days);
    }

    [Theory]
    [InlineData("last month", "2025-12-01", "2026-01-01")]
    [InlineData("this week", "2025-12-29", "2026-01-05")]
    [InlineData("last 7 days", "2025-12-25", "2026-01-01")]
    [InlineData("last quarter", "2025-10-01", "2026-01-01")]
    [InlineData("last year", "2025-01-01", "2026-01-01")]
    public void Crosses_the_year_boundary_on_new_years_day(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, new DateOnly(2026, 1, 1));

        Resolved(resolution, start, end);
    }

    [Fact]
    public void Offers_choices_for_year_to_date_on_new_years_day()
    {
        var resolution = _resolver.Resolve("year to date", new DateOnly(2026, 1, 1));

        Assert.Equal(DateResolutionStatus.Ambiguous, resolution.Status);
    }
}
