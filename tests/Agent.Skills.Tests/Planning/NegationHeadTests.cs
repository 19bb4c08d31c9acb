using SegmentAI.Skills.Planning;

namespace SegmentAI.Skills.Tests.Planning;

/// <summary>A part that starts with a negation ("outside", "other than", "have never", "are not") excludes what it names.</summary>
public sealed class NegationHeadTests
{
    [Fact]
    public void Outside_the_South_is_a_negated_part_and_the_purchase_after_it_is_not()
    {
        var parts = RequestDecomposer.Decompose("customers outside the South who made a purchase in the last 90 days", []);

        Assert.Equal(["outside the South", "made a purchase in the last 90 days"], parts.Select(p => p.Text));
        Assert.Equal([true, false], parts.Select(p => p.Negated));
    }

    [Fact]
    public void Have_never_bought_negates_its_part_and_leaves_pet_owners_alone()
    {
        var parts = RequestDecomposer.Decompose("pet owners who have never bought anything from the pets department", []);

        Assert.Equal(["pet owners", "have never bought anything from the pets department"], parts.Select(p => p.Text));
        Assert.Equal([false, true], parts.Select(p => p.Negated));
    }

    [Theory]
    [InlineData("customers other than Texas", "other than Texas")]
    [InlineData("customers who are not in Ohio", "are not in Ohio")]
    [InlineData("customers who still haven't bought toys", "still haven't bought toys")]
    [InlineData("customers excluding Texas", "excluding Texas")]
    public void A_leading_negation_after_helper_words_negates_the_part(string text, string part)
    {
        var parts = RequestDecomposer.Decompose(text, []);

        var only = Assert.Single(parts);
        Assert.Equal(part, only.Text);
        Assert.True(only.Negated);
    }
}
