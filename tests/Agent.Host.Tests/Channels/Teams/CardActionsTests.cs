using System.Text.Json;
using SegmentAI.Host.Channels.Teams.Cards;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Button data turned into the chat text the engine understands.</summary>
public sealed class CardActionsTests
{
    [Theory]
    [InlineData("""{"verb":"save","name":"Gold members in Texas"}""", "save it as \"Gold members in Texas\"")]
    [InlineData("""{"verb":"save","name":"The \"best\" customers"}""", "save it as \"The 'best' customers\"")]
    [InlineData("""{"verb":"save"}""", "save it")]
    [InlineData("""{"verb":"explain"}""", "explain it")]
    [InlineData("""{"verb":"rate","rating":"up"}""", "👍")]
    [InlineData("""{"verb":"rate","rating":"down"}""", "👎")]
    [InlineData("""{"verb":"answer","option":"the last 30 days","slot":"date_recency"}""", "the last 30 days")]
    public void Each_button_stands_for_a_chat_message(string data, string text)
    {
        Assert.Equal(text, CardActions.TextOf(JsonDocument.Parse(data).RootElement));
    }

    [Theory]
    [InlineData("""{"verb":"rate","rating":"sideways"}""")]
    [InlineData("""{"verb":"answer"}""")]
    [InlineData("""{"verb":"answer","option":"   "}""")]
    [InlineData("""{"verb":"delete_everything"}""")]
    [InlineData("""{"msteams":{"type":"messageBack"}}""")]
    [InlineData("""["save"]""")]
    public void Data_that_is_no_complete_segmentai_action_has_no_text(string data)
    {
        Assert.Null(CardActions.TextOf(JsonDocument.Parse(data).RootElement));
    }

    [Fact]
    public void The_verb_of_an_action_execute_counts_when_the_data_has_none()
    {
        Assert.Equal("explain it", CardActions.TextOf(JsonDocument.Parse("{}").RootElement, "explain"));
        Assert.Equal("explain it", CardActions.TextOf(null, "explain"));
    }
}
