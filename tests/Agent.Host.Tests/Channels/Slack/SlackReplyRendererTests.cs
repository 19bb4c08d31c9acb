using System.Text.Json;
using System.Text.RegularExpressions;
using SegmentAI.Host.Channels.Slack;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>Block Kit rendering of the chat contract: structure, escaping and Slack's size limits.</summary>
public sealed partial class SlackReplyRendererTests
{
    private static async Task<ChatReply> ReplyAsync(string text) =>
        await new ScriptedEngine().HandleAsync(new ChatRequest("acme-retail", "marco.marketer@acme", "s-1", text));

    private static JsonElement Json(SlackMessage message) => JsonDocument.Parse(message.ToBody().ToJsonString()).RootElement;

    private static List<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var t) && t.GetString() == "mrkdwn" => [element.GetProperty("text").GetString()!],
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => Texts(p.Value))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(Texts)],
        _ => [],
    };

    [Fact]
    public async Task A_segment_is_a_heading_fields_assumptions_sql_and_buttons()
    {
        var json = Json(SlackReplyRenderer.Render(await ReplyAsync("segment")));

        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["section", "section", "context", "section", "actions"], blocks.Select(b => b.GetProperty("type").GetString()));
        var fields = blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToList();
        Assert.Equal(3, fields.Count);
        Assert.StartsWith("*C1 · Department Purchased*", fields[0], StringComparison.Ordinal);
        Assert.Equal("*Size*\n1,234 of 20,000 (6.2%)", fields[2]);
        Assert.StartsWith("*SQL*\n```SELECT", blocks[3].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = blocks[4].GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal([SlackActions.Save, SlackActions.Explain, SlackActions.ThumbsUp, SlackActions.ThumbsDown], buttons.Select(b => b.GetProperty("action_id").GetString()));
        Assert.Equal(ScriptedEngine.Name, buttons[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task User_and_catalog_text_is_escaped_exactly_once()
    {
        var json = Json(SlackReplyRenderer.Render(await ReplyAsync("segment")));

        var texts = string.Join("\n", Texts(json));
        Assert.Contains("*Home &amp; Garden &lt;VIP&gt; shoppers*", texts, StringComparison.Ordinal);
        Assert.Contains("an order of more than $500 &lt;in one basket&gt;", texts, StringComparison.Ordinal);
        Assert.Contains("c.total_spend &gt; 500 AND c.returns &lt; 3", texts, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnescapedMarkup(), texts);
        Assert.Equal("Home &amp; Garden &lt;VIP&gt; shoppers: Customers who bought Home &amp; Garden with orders &gt; $500", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sql_too_long_for_a_section_is_cut_inside_its_code_block()
    {
        var json = Json(SlackReplyRenderer.Render(await ReplyAsync("long")));

        var sql = json.GetProperty("blocks")[3].GetProperty("text").GetProperty("text").GetString()!;
        Assert.True(sql.Length < SlackReplyRenderer.SectionTextLimit, $"{sql.Length} characters");
        Assert.StartsWith("*SQL*\n```", sql, StringComparison.Ordinal);
        Assert.EndsWith("…```", sql, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnescapedMarkup(), sql);
    }

    [Fact]
    public async Task A_clarification_offers_each_option_as_a_button_answered_by_its_label()
    {
        var json = Json(SlackReplyRenderer.Render(await ReplyAsync("ask")));

        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["section", "context", "actions"], blocks.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("What does \"recent\" mean to you?", blocks[0].GetProperty("text").GetProperty("text").GetString());
        var buttons = blocks[2].GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal([SlackActions.Option(1), SlackActions.Option(2)], buttons.Select(b => b.GetProperty("action_id").GetString()));
        Assert.Equal(["the last 30 days", "the last 90 days"], buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.Equal("the last 90 days", SlackActions.ToChatText(SlackActions.Option(2), "the last 90 days"));
    }

    [Fact]
    public void Long_option_labels_are_cut_on_the_button_and_answered_by_number()
    {
        var label = new string('x', 2500);
        var reply = new ChatReply
        {
            Kind = ReplyKind.Clarification,
            Text = "Which?",
            SessionId = "s-1",
            Clarification = new ClarificationCard("pick", "Which?", ["short", label]),
        };

        var json = Json(SlackReplyRenderer.Render(reply));

        var button = json.GetProperty("blocks")[2].GetProperty("elements")[1];
        Assert.Equal(75, button.GetProperty("text").GetProperty("text").GetString()!.Length);
        Assert.Equal("2", button.GetProperty("value").GetString());
        Assert.Equal("2", SlackActions.ToChatText(SlackActions.Option(2), "2"));
    }

    [Fact]
    public void A_long_answer_is_split_into_sections_that_each_close_their_code_block()
    {
        var sql = string.Join("\n", Enumerable.Range(0, 300).Select(i => $"  OR c.score_{i} > {i}"));
        var reply = new ChatReply { Kind = ReplyKind.Answer, Text = $"**Explained** & more\n\n```sql\nSELECT 1\n{sql};\n```\nDone.", SessionId = "s-1" };

        var json = Json(SlackReplyRenderer.Render(reply));

        var sections = json.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetProperty("text").GetString()!).ToList();
        Assert.True(sections.Count > 1);
        Assert.All(sections, s => Assert.True(s.Length < SlackReplyRenderer.SectionTextLimit, $"{s.Length} characters"));
        Assert.All(sections, s => Assert.Equal(0, Regex.Count(s, "```") % 2));
        Assert.StartsWith("*Explained* &amp; more\n\n```\nSELECT 1", sections[0], StringComparison.Ordinal);
        Assert.EndsWith("```\nDone.", sections[^1], StringComparison.Ordinal);
        Assert.Contains("c.score_299 &gt; 299;", string.Concat(sections), StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_text_is_cut_before_an_escape_or_a_surrogate_pair_would_be_split()
    {
        Assert.Equal("ab…", SlackMrkdwn.EscapeWithin("ab<cd", 5));
        Assert.Equal("ab&lt;…", SlackMrkdwn.EscapeWithin("ab<cd", 7));
        Assert.Equal("a…", SlackMrkdwn.EscapeWithin("a😀b", 3));
        Assert.Equal("a😀…", SlackMrkdwn.EscapeWithin("a😀bc", 4));
        Assert.Equal("&lt;!channel&gt; &amp; co", SlackMrkdwn.Escape("<!channel> & co"));
    }

    [Fact]
    public void Buttons_become_the_chat_text_the_engine_understands()
    {
        Assert.Equal("save it as Baby buyers", SlackActions.ToChatText(SlackActions.Save, "Baby buyers"));
        Assert.Equal("save it", SlackActions.ToChatText(SlackActions.Save, ""));
        Assert.Equal("explain it", SlackActions.ToChatText(SlackActions.Explain, "explain"));
        Assert.Equal("👍", SlackActions.ToChatText(SlackActions.ThumbsUp, "up"));
        Assert.Equal("👎", SlackActions.ToChatText(SlackActions.ThumbsDown, "down"));
        Assert.Null(SlackActions.ToChatText("someone_elses_button", "x"));
    }

    [Fact]
    public void A_refusal_is_its_text_without_buttons()
    {
        var reply = new ChatReply { Kind = ReplyKind.Refusal, Text = "I can't do that: <b>no</b>", SessionId = "s-1", Refusal = new RefusalCard("no", "pii") };

        var json = Json(SlackReplyRenderer.Render(reply));

        var block = Assert.Single(json.GetProperty("blocks").EnumerateArray());
        Assert.Equal("I can't do that: &lt;b&gt;no&lt;/b&gt;", block.GetProperty("text").GetProperty("text").GetString());
    }

    /// <summary>A '&lt;' or '&gt;', or an '&amp;' that does not start one of the three escapes.</summary>
    [GeneratedRegex("[<>]|&(?!amp;|lt;|gt;)")]
    private static partial Regex UnescapedMarkup();
}
