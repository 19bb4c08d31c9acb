using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

/// <summary>
/// A span after a preposition with no direction ("haven't shopped in 3 months", "within 30 days", "over 2 weeks") is a
/// trailing window that ends at the as-of date; "for 3 months" says how long, not when, and is no date.
/// </summary>
public sealed class RollingAfterPrepositionTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Theory]
    [InlineData("customers who haven't shopped in 3 months", "in 3 months", "2026-08-22")]
    [InlineData("customers who haven't shopped in three months", "in three months", "2026-08-22")]
    [InlineData("customers who bought toys within 30 days", "within 30 days", "2026-10-23")]
    [InlineData("customers who bought toys over 2 weeks", "over 2 weeks", "2026-11-08")]
    public void A_span_after_a_preposition_is_a_trailing_window_ending_at_as_of(string text, string said, string start)
    {
        var mentions = _resolver.FindAll(text, AsOf);

        var mention = Assert.Single(mentions);
        Assert.Equal(said, mention.Text);
        Assert.Equal(text.IndexOf(said, StringComparison.Ordinal), mention.Start);
        Resolved(mention.Resolution, start, "2026-11-22");
        Assert.False(mention.Resolution.IsFuture);
    }

    [Theory]
    [InlineData("customers who were members for 3 months")]
    [InlineData("gold members for 3 months who bought toys")]
    public void For_3_months_is_no_date(string text)
    {
        var mentions = _resolver.FindAll(text, AsOf);

        Assert.Empty(mentions);
    }

    [Fact]
    public void A_direction_word_still_wins_over_the_preposition_reading()
    {
        // "in the next 3 months" looks ahead; only a span with no direction is read as looking back.
        var mentions = _resolver.FindAll("customers likely to buy in the next 3 months", AsOf);

        var mention = Assert.Single(mentions);
        Assert.Equal("the next 3 months", mention.Text[^"the next 3 months".Length..]);
        Assert.True(mention.Resolution.Window!.Start >= AsOf, $"window starts {mention.Resolution.Window.Start}");
    }

    [Theory]
    [InlineData("in 3 months", "2026-08-22")]
    [InlineData("within 30 days", "2026-10-23")]
    [InlineData("over 2 weeks", "2026-11-08")]
    public void Resolve_reads_a_whole_phrase_after_a_preposition_as_FindAll_does(string phrase, string start)
    {
        var resolution = _resolver.Resolve(phrase, AsOf);

        Resolved(resolution, start, "2026-11-22");
    }
}
