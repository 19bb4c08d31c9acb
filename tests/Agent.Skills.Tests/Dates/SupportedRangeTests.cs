using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class SupportedRangeTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Theory]
    [InlineData("the last 3000 years")]
    [InlineData("last 999999999 days")]
    [InlineData("the last 99999999999999999999 days")]
    [InlineData("the past 2147483647 fortnights")]
    [InlineData("next 9000 years")]
    [InlineData("the next 40 decades")]
    [InlineData("the last 200 years")]
    [InlineData("3000 years starting from today")]
    [InlineData("since 1850")]
    [InlineData("christmas 9000")]
    [InlineData("the 1800s")]
    public void A_window_past_the_supported_range_is_out_of_range_with_a_note_naming_the_range(string phrase)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Assert.Equal(DateResolutionStatus.OutOfRange, resolution.Status);
        Assert.Null(resolution.Window);
        Assert.Equal($"I can only work with dates between 1 Jan 1900 and 31 Dec 2199; '{phrase}' goes past that.", resolution.Note);
    }

    [Fact]
    public void A_huge_count_inside_a_sentence_is_found_as_an_out_of_range_date()
    {
        var mention = Assert.Single(_resolver.FindAll("customers who bought toys in the last 99999999999 days", AsOf));

        Assert.Equal("the last 99999999999 days", mention.Text);
        Assert.Equal(DateResolutionStatus.OutOfRange, mention.Resolution.Status);
    }

    [Theory]
    [InlineData("the last 30 days")]
    [InlineData("next week")]
    [InlineData("Q3")]
    [InlineData("recently")]
    public void An_as_of_at_the_ends_of_the_calendar_gives_out_of_range_instead_of_throwing(string phrase)
    {
        Assert.Equal(DateResolutionStatus.OutOfRange, _resolver.Resolve(phrase, DateOnly.MinValue).Status);
        Assert.Equal(DateResolutionStatus.OutOfRange, _resolver.Resolve(phrase, DateOnly.MaxValue).Status);
    }

    [Theory]
    [InlineData("the last 100 years", "1926-11-22", "2026-11-22")]
    [InlineData("since 1900", "1900-01-01", "2026-11-22")]
    [InlineData("2199", "2199-01-01", "2200-01-01")]
    public void Windows_inside_the_range_still_resolve(string phrase, string start, string end)
    {
        Resolved(_resolver.Resolve(phrase, AsOf), start, end);
    }

    [Fact]
    public void The_range_is_stated_once_with_its_ends_inclusive()
    {
        Assert.Equal((new DateOnly(1900, 1, 1), new DateOnly(2199, 12, 31)), (SupportedDates.First, SupportedDates.Last));
        Assert.Equal("1 Jan 1900 and 31 Dec 2199", SupportedDates.Range);
        Assert.True(SupportedDates.Contains(new DateOnly(2199, 1, 1), new DateOnly(2200, 1, 1)));
        Assert.False(SupportedDates.Contains(new DateOnly(2199, 1, 1), new DateOnly(2200, 1, 2)));
        Assert.False(SupportedDates.Contains(new DateOnly(1899, 12, 31)));
    }
}
