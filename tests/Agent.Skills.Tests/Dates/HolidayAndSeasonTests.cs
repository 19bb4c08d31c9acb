using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class HolidayAndSeasonTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Theory]
    [InlineData(2024, "2024-11-28")]
    [InlineData(2025, "2025-11-27")]
    [InlineData(2026, "2026-11-26")]
    public void Computes_thanksgiving_as_the_fourth_thursday_of_november(int year, string expected)
    {
        Assert.Equal(D(expected), HolidayCalendar.Thanksgiving(year));
    }

    [Fact]
    public void Computes_easter_and_the_monday_holidays()
    {
        Assert.Equal(D("2026-04-05"), HolidayCalendar.Easter(2026));
        Assert.Equal(D("2026-05-25"), HolidayCalendar.MemorialDay(2026));
        Assert.Equal(D("2026-09-07"), HolidayCalendar.LaborDay(2026));
    }

    [Theory]
    [InlineData("Black Friday")]
    [InlineData("last Black Friday")]
    public void Resolves_black_friday_to_the_most_recent_completed_one(string phrase)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, "2025-11-28", "2025-11-29");
    }

    [Fact]
    public void Resolves_this_black_friday_to_the_upcoming_day_and_flags_it_future()
    {
        var resolution = _resolver.Resolve("this Black Friday", AsOf);

        Resolved(resolution, "2026-11-27", "2026-11-28");
        Assert.True(resolution.IsFuture);
    }

    [Theory]
    [InlineData("Black Friday weekend", "2025-11-28", "2025-12-02")]
    [InlineData("Cyber Monday", "2025-12-01", "2025-12-02")]
    [InlineData("Thanksgiving", "2025-11-27", "2025-11-28")]
    [InlineData("the holidays", "2025-11-28", "2026-01-01")]
    [InlineData("holiday season", "2025-11-28", "2026-01-01")]
    [InlineData("last holiday", "2025-11-28", "2026-01-01")]
    [InlineData("Christmas", "2025-12-25", "2025-12-26")]
    [InlineData("back to school", "2026-07-15", "2026-09-16")]
    [InlineData("Memorial Day weekend", "2026-05-23", "2026-05-26")]
    [InlineData("Labor Day weekend", "2026-09-05", "2026-09-08")]
    [InlineData("Black Friday 2024", "2024-11-29", "2024-11-30")]
    public void Resolves_retail_holidays_by_documented_conventions(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
        Assert.NotNull(resolution.Note);
    }

    [Theory]
    [InlineData("fall", "2025-09-01", "2025-12-01")]
    [InlineData("autumn 2025", "2025-09-01", "2025-12-01")]
    [InlineData("last summer", "2026-06-01", "2026-09-01")]
    [InlineData("spring 2026", "2026-03-01", "2026-06-01")]
    [InlineData("winter", "2025-12-01", "2026-03-01")]
    public void Resolves_meteorological_seasons(string phrase, string start, string end)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, end);
        Assert.Contains("meteorological", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_this_winter_to_the_coming_one_in_november()
    {
        var resolution = _resolver.Resolve("this winter", AsOf);

        Resolved(resolution, "2026-12-01", "2027-03-01");
        Assert.True(resolution.IsFuture);
    }
}
