using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;

namespace SegmentAI.Skills.Tests.Planning;

/// <summary>The words around a request that carry no condition are blanked in place; the request itself is kept.</summary>
public sealed class ConversationalFrameTests
{
    [Theory]
    [InlineData("quick one - parents who are acme+ subscribers, thanks", "parents who are acme+ subscribers")]
    [InlineData("hey, which founders have been dropping off lately?", "which founders have been dropping off lately")]
    [InlineData("for a win-back campaign - pro folks who dropped off, except the vcs", "pro folks who dropped off, except the vcs")]
    [InlineData("new starters who've never logged into 1password - want to give them a nudge", "new starters who've never logged into 1password")]
    [InlineData("everyone who's out on leave but still has a jira seat, it's for our cleanup", "everyone who's out on leave but still has a jira seat")]
    [InlineData("I think we want the power users in the seattle office for the beta", "the power users in the seattle office")]
    [InlineData("grab everyone who has kids at home", "everyone who has kids at home")]
    [InlineData("pull me a list of west coast folks", "west coast folks")]
    public void The_frame_is_blanked_and_the_request_kept(string message, string request)
    {
        var (core, words) = ConversationalFrame.Blank(message);

        Assert.Equal(message.Length, core.Length);
        Assert.Equal(request, string.Join(' ', core.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', ' '));
        Assert.NotEmpty(words);
    }

    [Theory]
    [InlineData("gold members in ohio")]
    [InlineData("customers who bought for the holidays")]
    [InlineData("founders who got a term sheet")]
    public void A_request_without_a_frame_is_unchanged(string message)
    {
        var (core, words) = ConversationalFrame.Blank(message);

        Assert.Equal(message, core);
        Assert.Empty(words);
    }

    [Fact]
    public void A_message_that_is_all_frame_is_left_whole()
    {
        Assert.Equal("thanks!", ConversationalFrame.Blank("thanks!").Core);
    }

    [Theory]
    [InlineData("actually make it sixty days", "actually make it 60 days")]
    [InlineData("lower it to twenty-five", "lower it to 25")]
    [InlineData("change the spend to at least five hundred", "change the spend to at least five hundred")]
    [InlineData("only the ones who bought once", "only the ones who bought once")]
    public void Counts_said_as_words_become_digits_but_multiplied_amounts_stay_whole(string said, string read)
    {
        Assert.Equal(read, ComparisonWords.WithDigits(said));
    }
}
