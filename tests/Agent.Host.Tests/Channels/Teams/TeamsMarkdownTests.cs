using SegmentAI.Host.Channels.Teams.Cards;

namespace SegmentAI.Host.Tests.Channels.Teams;

public sealed class TeamsMarkdownTests
{
    [Theory]
    [InlineData("Gold members in Texas (4.9%)", "Gold members in Texas (4.9%)")]
    [InlineData("bought 2+ items - twice", "bought 2+ items - twice")]
    [InlineData("*bold* _it_ `code` ~strike~", @"\*bold\* \_it\_ \`code\` \~strike\~")]
    [InlineData("[click](https://evil.example)", @"\[click\](https://evil.example)")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("- item\n+ item\n> quote", "\\- item\n\\+ item\n\\> quote")]
    [InlineData("1. first\n 12) twelfth", "1\\. first\n 12\\) twelfth")]
    [InlineData("version 1.5", "version 1.5")]
    public void User_words_are_escaped_only_where_markdown_would_change_them(string text, string expected)
    {
        Assert.Equal(expected, TeamsMarkdown.Escape(text));
    }
}
