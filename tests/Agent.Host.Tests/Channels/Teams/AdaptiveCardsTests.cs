using System.Text.Json;
using SegmentAI.Host.Channels.Teams.Cards;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Replies rendered as Adaptive Cards 1.5.</summary>
public sealed class AdaptiveCardsTests
{
    [Fact]
    public void A_segment_card_shows_name_description_conditions_with_grounding_size_and_assumptions()
    {
        var card = Render(Segment());

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var texts = TextsOf(card);
        Assert.Equal("Gold members in Texas", texts[0]);
        Assert.Contains("Customers who are Gold loyalty members living in Texas.", texts);
        Assert.Contains("**Size:** 12,345 of 250,000 customers (4.9%)", texts);
        Assert.Contains("• Texas means the home state on the customer profile.", texts);
        var facts = Body(card).Single(b => b.GetProperty("type").GetString() == "FactSet").GetProperty("facts").EnumerateArray()
            .Select(f => (f.GetProperty("title").GetString(), f.GetProperty("value").GetString())).ToList();
        Assert.Equal(
        [
            ("C1 Loyalty Tier", "Loyalty Tier is Gold — from \"gold members\" (retrieved from the catalog, 97%)"),
            ("C2 Home State", "Home State is Texas — from \"in Texas\" (inferred, 62%)"),
            ("Logic", "C1 AND C2"),
        ], facts);
    }

    [Fact]
    public void The_sql_is_hidden_behind_a_toggle_and_shown_verbatim()
    {
        var card = Render(Segment());

        var toggle = Body(card).Single(b => b.GetProperty("type").GetString() == "ActionSet").GetProperty("actions")[0];
        Assert.Equal("Action.ToggleVisibility", toggle.GetProperty("type").GetString());
        var target = toggle.GetProperty("targetElements")[0].GetString();
        var container = Body(card).Single(b => b.TryGetProperty("id", out var id) && id.GetString() == target);
        Assert.False(container.GetProperty("isVisible").GetBoolean());
        var run = container.GetProperty("items")[0].GetProperty("inlines")[0];
        Assert.Equal("TextRun", run.GetProperty("type").GetString());
        Assert.Equal("Monospace", run.GetProperty("fontType").GetString());
        Assert.Equal("SELECT c.customer_id FROM customers c WHERE c.loyalty_tier = 'gold';", run.GetProperty("text").GetString());
    }

    [Fact]
    public void Segment_buttons_are_universal_actions_with_a_submit_fallback_carrying_the_same_data()
    {
        var actions = Render(Segment()).GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(["Save", "Explain", "👍", "👎"], actions.Select(a => a.GetProperty("title").GetString()));
        foreach (var action in actions)
        {
            Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
            var fallback = action.GetProperty("fallback");
            Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
            Assert.Equal(action.GetProperty("data").GetRawText(), fallback.GetProperty("data").GetRawText());
            Assert.Equal(action.GetProperty("verb").GetString(), action.GetProperty("data").GetProperty("verb").GetString());
        }

        Assert.Equal("save it as \"Gold members in Texas\"", CardActions.TextOf(actions[0].GetProperty("data")));
        Assert.Equal("explain it", CardActions.TextOf(actions[1].GetProperty("data")));
        Assert.Equal("👍", CardActions.TextOf(actions[2].GetProperty("data")));
        Assert.Equal("👎", CardActions.TextOf(actions[3].GetProperty("data")));
    }

    [Fact]
    public void A_saved_segment_is_saved_again_under_its_own_name()
    {
        var save = Render(Segment() with { Status = "saved" }).GetProperty("actions")[0];

        Assert.Equal("save it", CardActions.TextOf(save.GetProperty("data")));
    }

    [Fact]
    public void A_segment_that_needs_review_says_so()
    {
        var card = Render(Segment() with { Status = "needs_review", Confidence = 0.42 });

        var status = Body(card)[1];
        Assert.Equal("Needs review · confidence 42%", status.GetProperty("text").GetString());
        Assert.Equal("Warning", status.GetProperty("color").GetString());
        Assert.Contains(TextsOf(card), t => t.Contains("needs a human review", StringComparison.Ordinal));
    }

    [Fact]
    public void A_segment_without_an_estimate_says_it_was_not_sized()
    {
        var card = Render(Segment() with { EstimatedSize = null, TotalPopulation = null });

        Assert.Contains("**Size:** not estimated (the warehouse was not available)", TextsOf(card));
    }

    [Fact]
    public void Markdown_in_user_words_is_shown_literally()
    {
        var segment = Segment() with
        {
            Name = "*VIP* [beta] big_spenders",
            Conditions = [Segment().Conditions[0] with { SourceText = "gold_members **now**" }],
        };

        var card = Render(segment);

        Assert.Equal(@"\*VIP\* \[beta\] big\_spenders", TextsOf(card)[0]);
        var fact = Body(card).Single(b => b.GetProperty("type").GetString() == "FactSet").GetProperty("facts")[0];
        Assert.Contains(@"from ""gold\_members \*\*now\*\*""", fact.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_backslashes_and_markup_in_user_words_survive_as_valid_json()
    {
        const string Name = "Say \"hi\" \\ to </script><at>all</at>\nnew line";
        var json = AdaptiveCards.Segment(Segment() with { Name = Name }, "customers").ToJsonString();

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(TeamsMarkdown.Escape(Name), parsed.RootElement.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_clarification_card_asks_the_question_with_one_button_per_option()
    {
        var card = JsonDocument.Parse(AdaptiveCards.Clarification(
            new ClarificationCard("date_recency", "What time period do you mean by \"recently\"?", ["the last 7 days", "the last 30 days", "the last 90 days"])).ToJsonString()).RootElement;

        Assert.Equal("What time period do you mean by \"recently\"?", Body(card)[0].GetProperty("text").GetString());
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["the last 7 days", "the last 30 days", "the last 90 days"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("fallback").GetProperty("type").GetString()));
        Assert.Equal("the last 30 days", CardActions.TextOf(actions[1].GetProperty("data"), actions[1].GetProperty("verb").GetString()));
    }

    [Fact]
    public void Text_replies_have_no_card_unless_one_is_required()
    {
        var reply = new ChatReply { Kind = ReplyKind.Refusal, Text = "I can't use protected attributes.", SessionId = "s" };

        Assert.Null(AdaptiveCards.For(reply, "customers"));
        var card = JsonDocument.Parse(AdaptiveCards.Text(reply.Text).ToJsonString()).RootElement;
        Assert.Equal("I can't use protected attributes.", Body(card)[0].GetProperty("text").GetString());
        Assert.False(card.TryGetProperty("actions", out _));
    }

    [Theory]
    [InlineData(12345L, 250000L, "12,345 of 250,000 customers (4.9%)")]
    [InlineData(0L, 1500L, "0 of 1,500 customers (0.0%)")]
    [InlineData(7L, 0L, "7 of 0 customers (0.0%)")]
    public void Sizes_read_as_count_of_population_with_share(long size, long population, string expected)
    {
        Assert.Equal(expected, AdaptiveCards.Size(Segment() with { EstimatedSize = size, TotalPopulation = population }, "customers"));
    }

    private static JsonElement Render(SegmentCard segment) =>
        JsonDocument.Parse(AdaptiveCards.For(new ChatReply { Kind = ReplyKind.Segment, Text = "x", SessionId = "s", Segment = segment }, "customers")!.ToJsonString()).RootElement;

    private static List<JsonElement> Body(JsonElement card) => [.. card.GetProperty("body").EnumerateArray()];

    private static List<string> TextsOf(JsonElement card) =>
        [.. Body(card).Where(b => b.GetProperty("type").GetString() == "TextBlock").Select(b => b.GetProperty("text").GetString()!)];

    private static SegmentCard Segment() => new()
    {
        Id = "draft-7",
        Name = "Gold members in Texas",
        Status = "draft",
        Logic = "C1 AND C2",
        Description = "Customers who are Gold loyalty members living in Texas.",
        Conditions =
        [
            new ConditionCard
            {
                Id = "C1",
                SourceText = "gold members",
                Facet = "loyalty_tier",
                FacetName = "Loyalty Tier",
                Operator = ConditionOperator.In,
                Values = ["gold"],
                Grounding = Grounding.Retrieved,
                Confidence = 0.97,
                Description = "Loyalty Tier is Gold",
            },
            new ConditionCard
            {
                Id = "C2",
                SourceText = "in Texas",
                Facet = "state",
                FacetName = "Home State",
                Operator = ConditionOperator.In,
                Values = ["TX"],
                Grounding = Grounding.Inferred,
                Confidence = 0.62,
                Description = "Home State is Texas",
            },
        ],
        Sql = "SELECT c.customer_id FROM customers c WHERE c.loyalty_tier = 'gold'",
        EstimatedSize = 12345,
        TotalPopulation = 250000,
        Confidence = 0.62,
        Assumptions = ["Texas means the home state on the customer profile."],
    };
}
