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

    [Theory]
    [InlineData("3 times a week", "weekly3")]
    [InlineData("2", "weekly1")]
    [InlineData("#3 please", "weekly3")]
    [InlineData("1) every day", "daily")]
    public void A_digit_picks_an_option_only_when_said_on_its_own(string reply, string expected)
    {
        AmbiguityOption[] often =
        [
            new("daily", "at least once a day", "daily"),
            new("weekly1", "at least once a week", "weekly1"),
            new("weekly3", "at least 3 times a week", "weekly3"),
        ];

        Assert.Equal(expected, AnswerMatcher.Match(reply, often)?.Id);
    }
}
