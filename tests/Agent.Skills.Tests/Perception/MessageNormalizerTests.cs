using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class MessageNormalizerTests
{
    private readonly MessageNormalizer _normalizer = new();

    [Theory]
    [InlineData("<@U0UJZDE8GXD> customers in Texas", "customers in Texas")]
    [InlineData("<@U0UJZDE8GXD|segmentbot> hi", "hi")]
    [InlineData("<at>SegmentAI</at> show my segments", "show my segments")]
    [InlineData("<p>customers who <b>bought</b> toys</p>", "customers who bought toys")]
    [InlineData("see <https://acme.example/seg/1|the baby segment>", "see the baby segment")]
    [InlineData("post it in <#C024BE91L|general>", "post it in #general")]
    [InlineData("*gold* members who _bought_ ~toys~ `baby`", "gold members who bought toys baby")]
    [InlineData("**gold** members and __silver__ ones", "gold members and silver ones")]
    [InlineData("Home &amp; Kitchen buyers &lt;30 days&gt; it&#39;s&nbsp;fine", "Home & Kitchen buyers <30 days> it's fine")]
    [InlineData("customers who \u201Cbought\u201D toys \u2013 didn\u2019t return", "customers who \"bought\" toys - didn't return")]
    [InlineData("baby buyers\u2014not Texas", "baby buyers - not Texas")]
    [InlineData("  lots \n\t of   space  ", "lots of space")]
    [InlineData("spent < $100 and age > 30", "spent < $100 and age > 30")]
    [InlineData("income band under_35k", "income band under_35k")]
    [InlineData("[the segment](https://acme.example/s/1) please", "the segment please")]
    public void Normalizes_channel_markup_to_plain_text(string raw, string expected)
    {
        var result = _normalizer.Normalize(raw);

        Assert.True(result.IsAccepted);
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void Rejects_a_message_over_the_limit_with_a_clear_message()
    {
        var raw = new string('a', 3412);

        var result = _normalizer.Normalize(raw);

        Assert.False(result.IsAccepted);
        Assert.Equal(3412, result.TooLong!.Length);
        Assert.Equal("Your message is 3,412 characters; the limit is 2,000. Please shorten it.", result.TooLong.Message);
    }

    [Fact]
    public void Measures_the_limit_after_markup_is_removed()
    {
        var raw = "<@U0UJZDE8GXD> " + new string('a', 20) + new string(' ', 200);

        var result = new MessageNormalizer(maxLength: 30).Normalize(raw);

        Assert.True(result.IsAccepted);
        Assert.Equal(20, result.Text.Length);
    }

    [Fact]
    public void Honours_a_configured_limit()
    {
        var result = new MessageNormalizer(maxLength: 10).Normalize("customers in Texas");

        Assert.Equal(10, result.TooLong!.Limit);
    }
}
