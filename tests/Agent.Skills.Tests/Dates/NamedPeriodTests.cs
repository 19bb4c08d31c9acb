using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class NamedPeriodTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Theory]
    [InlineData("March 2025", "2025-03-01", "2025-04-01")]
    [InlineData("in March 2025", "2025-03-01", "2025-04-01")]
    [InlineData("2025-03", "2025-03-01", "2025-04-01")]
    [InlineData("this September", "2026-09-01", "2026-10-01")]
    [InlineData("October", "2026-10-01", "2026-11-01")]
    public void Resolves_month_names_with_and_without_a_year(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
    }

    [Fact]
    public void Reads_a_bare_month_as_the_most_recent_complete_one()
    {
        var resolution = _resolver.Resolve("November", AsOf);

        Resolved(resolution, "2025-11-01", "2025-12-01");
        Assert.Contains("most recent complete", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_last_month_name_as_that_month_of_the_previous_year()
    {
        var resolution = _resolver.Resolve("last September", AsOf);

        Resolved(resolution, "2025-09-01", "2025-10-01");
        Assert.Contains("previous year", resolution.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q3", "2026-07-01", "2026-10-01")]
    [InlineData("the third quarter", "2026-07-01", "2026-10-01")]
    [InlineData("Q4", "2025-10-01", "2026-01-01")]
    [InlineData("Q1 2025", "2025-01-01", "2025-04-01")]
    [InlineData("the second quarter of 2024", "2024-04-01", "2024-07-01")]
    [InlineData("H1 2026", "2026-01-01", "2026-07-01")]
    public void Resolves_quarters_and_halves_in_the_calendar_year(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
    }

    [Theory]
    [InlineData("since March", "2026-03-01")]
    [InlineData("since November", "2026-11-01")]
    [InlineData("since Jan 5", "2026-01-05")]
    [InlineData("since 2025", "2025-01-01")]
    [InlineData("since last week", "2026-11-09")]
    public void Resolves_since_up_to_the_as_of_date(string phrase, string start)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, "2026-11-22");
    }

    [Theory]
    [InlineData("between March 1 and April 15", "2026-03-01", "2026-04-15")]
    [InlineData("from Jan 2026 to Mar 2026", "2026-01-01", "2026-03-01")]
    [InlineData("from 1/10/2025 to 2/20/2025", "2025-01-10", "2025-02-20")]
    [InlineData("between 2023 and 2025", "2023-01-01", "2025-01-01")]
    [InlineData("Oct 2 - Oct 22", "2026-10-02", "2026-10-22")]
    public void Resolves_explicit_ranges_with_the_end_point_excluded(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
        Assert.Contains("excluded", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_a_range_across_the_year_boundary()
    {
        var resolution = _resolver.Resolve("from 12/15 to 1/15", new DateOnly(2026, 2, 1));

        Resolved(resolution, "2025-12-15", "2026-01-15");
    }

    [Fact]
    public void Resolves_a_single_calendar_date_to_one_day()
    {
        var resolution = _resolver.Resolve("on March 5, 2026", AsOf);

        Assert.Equal(1, Resolved(resolution, "2026-03-05", "2026-03-06").Days);
    }

    [Fact]
    public void Resolves_week_numbers_iso_style()
    {
        var resolution = _resolver.Resolve("week 1 2026", AsOf);

        Resolved(resolution, "2025-12-29", "2026-01-05");
    }

    [Fact]
    public void Resolves_the_week_of_a_date_from_the_tenant_week_start()
    {
        var resolution = _resolver.Resolve("the week of March 5, 2026", AsOf);

        Resolved(resolution, "2026-03-02", "2026-03-09");
    }
}
