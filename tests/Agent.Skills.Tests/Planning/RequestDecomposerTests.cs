using SegmentAI.Skills.Planning;

namespace SegmentAI.Skills.Tests.Planning;

public sealed class RequestDecomposerTests
{
    private static IReadOnlyList<SubSegment> Decompose(string text, params string[] protectedPhrases) =>
        RequestDecomposer.Decompose(text, protectedPhrases.Select(p => new TextSpan(text.IndexOf(p, StringComparison.Ordinal), p.Length)).ToList());

    [Fact]
    public void Keeps_the_frequency_phrase_verbatim_seed_example_2()
    {
        var parts = Decompose("customers who buy baby products at least twice a week");

        Assert.Equal("buy baby products at least twice a week", Assert.Single(parts).Text);
    }

    [Fact]
    public void Splits_at_connectives_and_marks_exclusions()
    {
        var parts = Decompose("Create a segment of gold members who bought toys in the last 30 days but not in Texas");

        Assert.Equal(["gold members", "bought toys in the last 30 days", "in Texas"], parts.Select(p => p.Text));
        Assert.Equal([false, false, true], parts.Select(p => p.Negated));
    }

    [Fact]
    public void Marks_alternatives_joined_by_or()
    {
        var parts = Decompose("shoppers in Texas or California");

        Assert.Equal(["in Texas", "California"], parts.Select(p => p.Text));
        Assert.Equal([false, true], parts.Select(p => p.JoinedByOr));
    }

    [Fact]
    public void Never_splits_inside_protected_spans()
    {
        var parts = Decompose("customers who spent between $50 and $150 on Home & Kitchen and bought toys", "between $50 and $150", "Home & Kitchen");

        Assert.Equal(["spent between $50 and $150 on Home & Kitchen", "bought toys"], parts.Select(p => p.Text));
    }

    [Fact]
    public void A_part_that_starts_with_a_negation_is_excluded()
    {
        var part = Assert.Single(Decompose("customers without a purchase in the last 90 days"));

        Assert.Equal("without a purchase in the last 90 days", part.Text);
        Assert.True(part.Negated);
    }

    [Fact]
    public void Spans_point_at_the_users_words()
    {
        const string text = "users who created a term sheet and revised offers at least 3 times, excluding lawyers";

        var parts = Decompose(text);

        Assert.Equal(["created a term sheet", "revised offers at least 3 times", "lawyers"], parts.Select(p => p.Text));
        Assert.All(parts, p => Assert.Equal(p.Text, text.Substring(p.Span.Start, p.Span.Length)));
        Assert.True(parts[2].Negated);
    }

    [Fact]
    public void Request_without_a_lead_in_stays_whole()
    {
        Assert.Equal("recent high-value customers", Assert.Single(Decompose("recent high-value customers")).Text);
    }
}
