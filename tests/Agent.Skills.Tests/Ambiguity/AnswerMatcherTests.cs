using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Skills.Tests.Ambiguity;

public sealed class AnswerMatcherTests
{
    private static readonly AmbiguityOption[] Options =
    [
        new("7d", "the last 7 days", "7"),
        new("30d", "the last 30 days", "30"),
        new("90d", "the last 90 days", "90"),
    ];

    [Theory]
    [InlineData("2", "30d")]
    [InlineData("option 3", "90d")]
    [InlineData("the first one", "7d")]
    [InlineData("30 days", "30d")]
    [InlineData("last 90 days please", "90d")]
    [InlineData("The last 7 days", "7d")]
    public void Maps_a_reply_to_the_option_it_names(string reply, string expected)
    {
        Assert.Equal(expected, AnswerMatcher.Match(reply, Options)?.Id);
    }

    [Theory]
    [InlineData("customers in Texas")]
    [InlineData("5")]
    [InlineData("")]
    public void Returns_null_when_the_reply_names_no_option(string reply)
    {
        Assert.Null(AnswerMatcher.Match(reply, Options));
    }
}
