using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Readings the thirteenth dev batch showed missing, played end to end on the demo tenants: clauses that describe the
/// event just named, "at least one" of an event measured by the number after it, counts said with a yes/no event,
/// verbs that together name every event a facet reads, a value synonym that is only an article and the facet's noun,
/// and contact data asked for with an everyday verb.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class ThirteenthBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";

    [Fact]
    public async Task A_clause_about_the_event_just_named_filters_that_event()
    {
        var (_, round) = await engine.CreateAsync(Dealflow, "founders who opened a seed or pre-seed round under $1.5M since October that's still open");
        var (_, late) = await engine.CreateAsync(Acme, "who sent back something that arrived late and was worth more than a hundred dollars, since the start of the fiscal year?");

        var created = IncludedOn(round, "deal_round_created");
        Assert.Equal(["seed", "pre-seed"], created.Values);
        Assert.Contains(created.SameEvent!, f => f is { Facet: "deal_status_created", Values: ["open"] });
        var reason = IncludedOn(late, "return_reason");
        Assert.Equal(["late_delivery"], reason.Values);
        Assert.Contains(reason.SameEvent!, f => f is { Operator: ConditionOperator.Gt, Values: ["100"] });
    }

    [Fact]
    public async Task A_clause_about_any_deal_says_which_deals()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "can you find founders who listed a round since September that ended up funded or dead");

        Assert.Equal(["closed_won", "closed_lost"], IncludedOn(definition, "deal_status_created").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet is "deal_round_created" or "created_deal");
    }

    [Fact]
    public async Task At_least_one_trip_with_a_dozen_items_measures_that_trip()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who had at least one trip with a dozen or more items in Q2, apart from Acme+ members");

        Assert.Equal((ConditionOperator.Gte, "12"), (IncludedOn(definition, "largest_basket").Operator, IncludedOn(definition, "largest_basket").Values[0]));
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet is "order_count" or "items_purchased");
    }

    [Fact]
    public async Task A_count_said_with_a_yes_no_event_counts_those_events()
    {
        var (_, once) = await engine.CreateAsync(Acme, "customers who placed exactly one order in the past 12 months");
        var (_, oneTime) = await engine.CreateAsync(Acme, "one-time buyers this year");
        var (_, dropped) = await engine.CreateAsync(Dealflow, "everyone who abandoned a negotiation more than once in the past 7 days, excluding the lawyers");
        var (_, app) = await engine.CreateAsync(Acme, "who's placed at least two app orders in the last 90 days?");

        Assert.Equal((ConditionOperator.Eq, "1"), (IncludedOn(once, "order_count").Operator, IncludedOn(once, "order_count").Values[0]));
        Assert.Equal((ConditionOperator.Eq, "1"), (IncludedOn(oneTime, "order_count").Operator, IncludedOn(oneTime, "order_count").Values[0]));
        Assert.Contains(Included(dropped), c => c.Facet == "drop_off_count");
        Assert.DoesNotContain(dropped.Conditions(), c => c.Facet == "offer_revisions");
        Assert.Equal(["app"], IncludedOn(app, "purchase_channel").Values);
    }

    [Fact]
    public async Task A_count_or_amount_of_returns_makes_a_serial_returners_label_add_nothing()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "serial returners: three or more returns since the start of the fiscal year and over $200 refunded");

        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "made_return");
        Assert.Equal(["3"], IncludedOn(definition, "return_count").Values);
        Assert.Equal(["200"], IncludedOn(definition, "returned_amount").Values);
    }

    [Fact]
    public async Task Opened_or_clicked_are_every_event_of_campaign_engagement()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers with an engagement score under 0.4 who opened or clicked a weekly ad or member offers email since August");

        var engaged = IncludedOn(definition, "campaign_theme_engaged");
        Assert.Equal(["weekly_deals", "loyalty"], engaged.Values);
        Assert.True(engaged.SameEvent is null or { Count: 0 });
    }

    [Fact]
    public async Task A_round_is_any_round_and_an_A_round_is_series_a()
    {
        var (_, any) = await engine.CreateAsync(Dealflow, "founders who listed a round this month");
        var (_, seriesA) = await engine.CreateAsync(Dealflow, "founders who raised an A round this month");

        Assert.DoesNotContain(any.Conditions(), c => c.Values.Contains("series_a"));
        Assert.Equal(["series_a"], IncludedOn(seriesA, "deal_round_created").Values);
    }

    [Fact]
    public async Task Grabbing_email_addresses_and_phone_numbers_is_refused_as_personal_data()
    {
        var session = $"thirteenth-{Guid.NewGuid():N}";

        var reply = await engine.SayAsync(Dealflow, "could you grab me the email addresses and phone numbers of everyone who bailed on a deal this week? want to call them", session, $"{session}@{Dealflow}");

        Assert.Equal(ReplyKind.Refusal, reply.Kind);
    }

    [Fact]
    public async Task Texts_and_push_notifications_are_the_contact_permissions()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who unsubscribed from our emails since may but still allow texts or push notifications");

        var either = Assert.Single(Nodes(definition.Root).OfType<OrNode>());
        Assert.Equal(["sms_opt_in", "push_opt_in"], either.Children.Cast<SegmentCondition>().Select(c => c.Facet));
    }

    [Fact]
    public async Task A_place_said_after_the_second_permission_is_of_both()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers we can reach by text or push in the south");

        var both = Assert.IsType<AndNode>(definition.Root);
        var either = Assert.Single(both.Children.OfType<OrNode>());
        Assert.Equal(["sms_opt_in", "push_opt_in"], either.Children.Cast<SegmentCondition>().Select(c => c.Facet));
        Assert.Contains(both.Children, c => c is SegmentCondition { Facet: "region", Values: ["South"] });
    }
}
