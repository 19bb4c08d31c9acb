using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Changes to an open draft through the real engine: "only X" refines it, a compound change applies every part or
/// none, and "remove the California part" takes one value out of a list. Each test reads the stored draft back.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class CompoundEditConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";

    private static readonly DateOnly AsOf = DemoTenantsEngineFixture.AsOf;

    [Fact]
    public async Task Only_online_orders_adds_the_channel_and_keeps_the_diaper_condition()
    {
        var session = await DraftAsync("customers who buy diapers at least twice a month");
        var before = IncludedOn(await engine.DraftAsync(Acme, session), "category_purchased");

        var reply = await SayAsync("only online orders", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        var diapers = IncludedOn(definition, "category_purchased");
        Assert.Equal(["Diapers"], diapers.Values);
        Assert.Equal(before.Frequency, diapers.Frequency);
        Assert.Equal(["online"], IncludedOn(definition, "purchase_channel").Values);
        Assert.IsType<AndNode>(definition.Root);
        Assert.Empty(Excluded(definition));
    }

    [Fact]
    public async Task Only_online_orders_and_make_it_90_days_applies_both_changes()
    {
        var session = await DraftAsync("customers who buy diapers at least twice a month");

        var reply = await SayAsync("only online orders and make it 90 days", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["online"], IncludedOn(definition, "purchase_channel").Values);
        Assert.Equal(["Diapers"], IncludedOn(definition, "category_purchased").Values);
        // Every event condition, the one just added included, reads the 90-day window.
        Assert.All(definition.Conditions(), c => Assert.Equal((AsOf.AddDays(-90), AsOf), Span(c)));
    }

    [Fact]
    public async Task Remove_Texas_and_add_people_with_kids_applies_both_changes()
    {
        var session = await DraftAsync("platinum members in Texas or Florida");

        var reply = await SayAsync("remove Texas and add people with kids", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["FL"], IncludedOn(definition, "state").Values);
        Assert.Equal(["platinum"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "has_children").Operator);
        Assert.Equal(3, definition.Conditions().Count);
    }

    [Fact]
    public async Task Remove_the_California_part_takes_California_out_of_the_state_list_only()
    {
        var session = await DraftAsync("gold members in California or Texas who bought toys");

        var reply = await SayAsync("remove the California part", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["TX"], IncludedOn(definition, "state").Values);
        Assert.Equal(["gold"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Equal(["Toys"], IncludedOn(definition, "department_purchased").Values);
        Assert.Contains(reply.Segment!.Assumptions, a => a.StartsWith("Removed California from", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remove_Texas_then_a_new_window_removes_the_state_and_keeps_the_gold_tier()
    {
        var session = await DraftAsync("gold members in Texas who bought toys");

        var reply = await SayAsync("remove Texas, then make it the last 6 months", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "state");
        Assert.Equal(["gold"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Equal((new DateOnly(2026, 5, 22), AsOf), Span(IncludedOn(definition, "department_purchased")));
    }

    [Fact]
    public async Task A_compound_change_whose_second_part_names_no_condition_changes_nothing()
    {
        var session = await DraftAsync("gold members in Texas who bought toys");
        var before = SegmentJson.Serialize(await engine.DraftAsync(Acme, session));

        var reply = await SayAsync("make it 90 days and remove the zorblat part", session);

        // The window change alone would have been valid; a change applies every part or none.
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("zorblat", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, SegmentJson.Serialize(await engine.DraftAsync(Acme, session)));
    }

    [Fact]
    public async Task A_compound_change_whose_second_part_needs_a_question_changes_nothing_yet()
    {
        var session = await DraftAsync("gold members in Texas who bought toys");
        var before = SegmentJson.Serialize(await engine.DraftAsync(Acme, session));

        var reply = await SayAsync("remove Texas and add purple elephants", session);

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
        Assert.StartsWith("facet_choice", reply.Clarification!.Slot, StringComparison.Ordinal);
        Assert.Equal(before, SegmentJson.Serialize(await engine.DraftAsync(Acme, session)));
    }

    [Fact]
    public async Task Ok_just_add_gold_members_is_one_edit_that_adds_the_tier()
    {
        var session = await DraftAsync("customers who bought toys in the last 30 days");

        var reply = await SayAsync("ok, just add gold members", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["gold"], IncludedOn(definition, "loyalty_tier").Values);
        var toys = IncludedOn(definition, "department_purchased");
        Assert.Equal(["Toys"], toys.Values);
        Assert.Equal((AsOf.AddDays(-30), AsOf), Span(toys));
        Assert.Equal(2, definition.Conditions().Count);
    }

    [Fact]
    public async Task Including_two_more_states_too_widens_the_state_list()
    {
        var session = await DraftAsync("gold members in Ohio");

        var reply = await SayAsync("include Texas and Florida too", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["OH", "TX", "FL"], IncludedOn(definition, "state").Values);
        Assert.Equal(["gold"], IncludedOn(definition, "loyalty_tier").Values);
    }

    [Fact]
    public async Task Only_one_of_the_listed_values_narrows_the_list_instead_of_adding_a_condition()
    {
        var session = await DraftAsync("gold members in Ohio or Texas");

        var reply = await SayAsync("actually, Texas only", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["TX"], IncludedOn(definition, "state").Values);
        Assert.Single(definition.Conditions(), c => c.Facet == "state");
    }

    [Fact]
    public async Task Only_the_ones_who_also_bought_toys_adds_a_purchase_and_keeps_the_first()
    {
        var session = await DraftAsync("customers who bought pet food in the last 30 days");

        var reply = await SayAsync("only the ones who also bought toys in the last 30 days", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(2, definition.Conditions().Count(c => c.Facet is "category_purchased" or "department_purchased"));
    }

    private Task<ChatReply> SayAsync(string text, string session) =>
        engine.SayAsync(Acme, text, session, $"{session}@acme");

    // A fresh session (and user) with a draft made from the words.
    private async Task<string> DraftAsync(string request)
    {
        var session = $"edit-{Guid.NewGuid():N}";
        var reply = await SayAsync(request, session);
        Assert.True(reply.Kind == ReplyKind.Segment, $"expected a draft for \"{request}\", got {reply.Kind}: {reply.Text}");
        return session;
    }
}
