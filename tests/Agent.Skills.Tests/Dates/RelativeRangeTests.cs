using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class RelativeRangeTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Fact]
    public void Resolves_last_30_days_to_half_open_window()
    {
        var resolution = _resolver.Resolve("the last 30 days", AsOf);

        var window = Resolved(resolution, "2026-10-23", "2026-11-22");
        Assert.Equal(30, window.Days);
        Assert.Equal("the last 30 days", window.Expression);
        Assert.False(resolution.IsFuture);
    }

    [Theory]
    [InlineData("last 30 days")]
    [InlineData("the past 30 days")]
    [InlineData("over the last 30 days")]
    [InlineData("in the last 30 days")]
    [InlineData("within the last 30 days")]
    [InlineData("during the last 30 days")]
    [InlineData("  The   LAST 30 Days. ")]
    [InlineData("the last thirty days")]
    [InlineData("previous 30 days")]
    public void Resolves_phrasings_of_last_30_days_alike(string phrase)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, "2026-10-23", "2026-11-22");
    }

    [Fact]
    public void Resolves_last_3_weeks_like_recognizers_text()
    {
        var resolution = _resolver.Resolve("last 3 weeks", new DateOnly(2016, 11, 7));

        Resolved(resolution, "2016-10-17", "2016-11-07");
    }

    [Theory]
    [InlineData("last two weeks", "2026-11-08", "2026-11-22")]
    [InlineData("past three months", "2026-08-22", "2026-11-22")]
    [InlineData("the last twenty-one days", "2026-11-01", "2026-11-22")]
    [InlineData("last 2 years", "2024-11-22", "2026-11-22")]
    [InlineData("the past year", "2025-11-22", "2026-11-22")]
    [InlineData("the past week", "2026-11-15", "2026-11-22")]
    [InlineData("last a year", "2025-11-22", "2026-11-22")]
    [InlineData("last 2 quarters", "2026-05-22", "2026-11-22")]
    public void Resolves_rolling_windows_with_number_words(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
    }

    [Fact]
    public void Reads_a_few_days_as_three_and_says_so()
    {
        var resolution = _resolver.Resolve("past few days", AsOf);

        Resolved(resolution, "2026-11-19", "2026-11-22");
        Assert.Contains("3", resolution.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this week", "2026-11-16", "2026-11-23")]
    [InlineData("last week", "2026-11-09", "2026-11-16")]
    [InlineData("this month", "2026-11-01", "2026-12-01")]
    [InlineData("last month", "2026-10-01", "2026-11-01")]
    [InlineData("this quarter", "2026-10-01", "2027-01-01")]
    [InlineData("last quarter", "2026-07-01", "2026-10-01")]
    [InlineData("this year", "2026-01-01", "2027-01-01")]
    [InlineData("last year", "2025-01-01", "2026-01-01")]
    [InlineData("the week before last", "2026-11-02", "2026-11-09")]
    public void Resolves_this_and_last_calendar_periods(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
    }

    [Theory]
    [InlineData("next week", "2026-11-23", "2026-11-30")]
    [InlineData("next month", "2026-12-01", "2027-01-01")]
    [InlineData("next quarter", "2027-01-01", "2027-04-01")]
    [InlineData("next year", "2027-01-01", "2028-01-01")]
    [InlineData("next 7 days", "2026-11-23", "2026-11-30")]
    public void Keeps_future_windows_but_flags_them(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
        Assert.True(resolution.IsFuture);
        Assert.Contains("after the as-of date", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_tenant_week_start_for_this_week_and_last_week()
    {
        var resolver = new DateExpressionResolver(new CalendarConventions(WeekStart: DayOfWeek.Sunday));

        Resolved(resolver.Resolve("this week", AsOf), "2026-11-22", "2026-11-29");
        Resolved(resolver.Resolve("last week", AsOf), "2026-11-15", "2026-11-22");
    }

    [Theory]
    [InlineData("year to date", "2026-01-01")]
    [InlineData("YTD", "2026-01-01")]
    [InlineData("month to date", "2026-11-01")]
    [InlineData("quarter-to-date", "2026-10-01")]
    [InlineData("so far this year", "2026-01-01")]
    public void Resolves_to_date_periods_up_to_the_as_of_date(string phrase, string start)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, "2026-11-22");
    }

    [Fact]
    public void Offers_choices_for_month_to_date_on_the_first_of_the_month()
    {
        var resolution = _resolver.Resolve("month to date", new DateOnly(2026, 11, 1));

        Assert.Equal(DateResolutionStatus.Ambiguous, resolution.Status);
        Assert.Contains(resolution.Candidates, c => c.Window.Start == D("2026-10-01") && c.Window.End == D("2026-11-01"));
    }

    [Fact]
    public void Resolves_yesterday_and_today_to_single_days()
    {
        var yesterday = _resolver.Resolve("yesterday", AsOf);
        var today = _resolver.Resolve("today", AsOf);

        Assert.Equal(1, Resolved(yesterday, "2026-11-21", "2026-11-22").Days);
        Assert.Equal(1, Resolved(today, "2026-11-22", "2026-11-23").Days);
        Assert.False(today.IsFuture);
        Assert.Contains("not loaded", today.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this weekend", "2026-11-21", "2026-11-23")]
    [InlineData("last weekend", "2026-11-14", "2026-11-16")]
    public void Resolves_weekends_saturday_through_sunday(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
    }

    [Fact]
    public void Resolves_earlier_this_year_up_to_the_as_of_date()
    {
        var resolution = _resolver.Resolve("earlier this year", AsOf);

        Resolved(resolution, "2026-01-01", "2026-11-22");
    }

    [Fact]
    public void Resolves_whole_decades_for_birth_year_style_phrases()
    {
        Resolved(_resolver.Resolve("the 80s", AsOf), "1980-01-01", "1990-01-01");
        Resolved(_resolver.Resolve("the 1970s", AsOf), "1970-01-01", "1980-01-01");
        Resolved(_resolver.Resolve("the nineties", AsOf), "1990-01-01", "2000-01-01");
    }
}
