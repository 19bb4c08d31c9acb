using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Dates.Grammar;
using static SegmentAI.Skills.Tests.Dates.DateAssert;

namespace SegmentAI.Skills.Tests.Dates;

public sealed class FindAllTests
{
    private readonly DateExpressionResolver _resolver = new(Gregorian);

    [Fact]
    public void Finds_each_date_expression_with_its_span()
    {
        const string text = "customers who bought diapers in the last 30 days and toys since March";

        var mentions = _resolver.FindAll(text, AsOf);

        Assert.Collection(
            mentions,
            first =>
            {
                Assert.Equal("the last 30 days", first.Text);
                Assert.Equal(text.IndexOf("the last", StringComparison.Ordinal), first.Start);
                Assert.Equal("the last 30 days".Length, first.Length);
                Resolved(first.Resolution, "2026-10-23", "2026-11-22");
            },
            second =>
            {
                Assert.Equal("since March", second.Text);
                Assert.Equal(text[second.Start..second.End], second.Text);
                Resolved(second.Resolution, "2026-03-01", "2026-11-22");
            });
    }

    [Fact]
    public void Prefers_the_longest_match()
    {
        var mentions = _resolver.FindAll("orders between March 1 and April 15 over $50", AsOf);

        var mention = Assert.Single(mentions);
        Assert.Equal("between March 1 and April 15", mention.Text);
    }

    [Fact]
    public void Ignores_ordinary_words_that_look_like_dates()
    {
        var mentions = _resolver.FindAll("shoppers who may buy winter jackets or spent over 2000 dollars", AsOf);

        Assert.Empty(mentions);
    }

    [Fact]
    public void Reads_ordinary_words_as_dates_after_a_preposition()
    {
        var mentions = _resolver.FindAll("buyers in May who came back in fall", AsOf);

        Assert.Equal(["May", "fall"], mentions.Select(m => m.Text));
        Resolved(mentions[0].Resolution, "2026-05-01", "2026-06-01");
    }

    [Fact]
    public void Reports_ambiguous_mentions_instead_of_guessing()
    {
        var mention = Assert.Single(_resolver.FindAll("people who purchased recently", AsOf));

        Assert.Equal("recently", mention.Text);
        Assert.Equal(DateResolutionStatus.Ambiguous, mention.Resolution.Status);
    }

    [Fact]
    public void Does_not_read_the_tail_of_a_decimal_number_as_a_day()
    {
        var mention = Assert.Single(_resolver.FindAll("6,107.31 August 2019", AsOf));

        Assert.Equal("August 2019", mention.Text);
    }
}
