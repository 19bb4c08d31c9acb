using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("customers in Texas\u0000 who bought toys", "customers in Texas who bought toys")]
    [InlineData("\u0001gold\u001Fmembers\u007F\u0085", "goldmembers")]
    [InlineData("line one\r\nline two\rline three", "line one\nline two\nline three")]
    [InlineData("a\tb\nc", "a\tb\nc")]
    [InlineData("\uFFFEnon\uFFFFcharacters", "noncharacters")]
    [InlineData("emoji 👍 stays", "emoji 👍 stays")]
    public void Strips_control_characters_unpaired_surrogates_and_noncharacters(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Strip(text));
    }

    [Fact]
    public void Strips_unpaired_surrogates_but_keeps_pairs()
    {
        // Built at run time: a lone surrogate cannot survive in attribute data.
        var text = $"lone {(char)0xD800} high, lone {(char)0xDC00} low, pair \uD83D\uDC4D";

        Assert.Equal("lone  high, lone  low, pair \uD83D\uDC4D", ControlCharacters.Strip(text));
    }

    [Fact]
    public void Clean_text_comes_back_as_the_same_instance()
    {
        const string Text = "gold members who bought toys in the last 30 days";

        Assert.Same(Text, ControlCharacters.Strip(Text));
    }

    [Fact]
    public void The_normalizer_drops_them_too()
    {
        Assert.Equal("customers in Texas who bought toys", new MessageNormalizer().Normalize("customers in Texas\u0000 who bought toys").Text);
    }
}
