using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Phrasings of the fifth generalization batch and the fourth batch's leftovers, played end to end on the demo
/// tenants: words around a request that carry no condition, exclusions said as "apart from" or "leave out", income
/// said as an amount, counts said as words, a place said of the people, possessives inside a catalog phrase, and
/// edits that swap to a value by its head word or add with "throw in". Each test reads the stored draft.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class FifthBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";
    private const string Contoso = "contoso-workforce";

    [Fact]
    public async Task Asides_and_thanks_carry_no_condition_and_stay_out_of_the_name()
    {
        var (reply, definition) = await engine.CreateAsync(Acme, "quick one - parents in households earning over 75k who are acme+ subscribers, thanks");

        Assert.Equal(["75k_150k", "150k_plus"], IncludedOn(definition, "income_band").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "has_children").Operator);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "acme_plus_member").Operator);
        Assert.Equal(3, Included(definition).Count);
        Assert.StartsWith("Parents", reply.Segment!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_audience_is_for_is_not_a_condition()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "for a webinar invite, i need mid-size company vcs who registered year to date");

        Assert.Equal(["investor"], IncludedOn(definition, "user_role").Values);
        Assert.Equal(["51-200"], IncludedOn(definition, "company_size").Values);
        Assert.Equal(ConditionOperator.Within, IncludedOn(definition, "signup_date").Operator);
    }

    [Theory]
    [InlineData("anyone on enterprise who joined during Q2, apart from the lawyers")]
    [InlineData("anyone on enterprise who joined during Q2, leaving out the lawyers")]
    public async Task Apart_from_and_leaving_out_exclude_what_follows(string request)
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, request);

        Assert.Equal(["lawyer"], ExcludedOn(definition, "user_role").Values);
        Assert.Equal(["enterprise"], IncludedOn(definition, "plan").Values);
    }

    [Fact]
    public async Task Leave_out_excludes_and_is_not_the_status_on_leave()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "pull me everyone who opened hubspot or gong in september, but leave out the marketing folks");

        Assert.Equal(["Marketing"], ExcludedOn(definition, "role_family").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "employment_status");
    }

    [Fact]
    public async Task A_count_said_as_words_after_an_office_is_a_condition_of_its_own()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "who in the austin office signed in more than thirty times last month");

        Assert.Equal(["Austin"], IncludedOn(definition, "location").Values);
        var logins = IncludedOn(definition, "sso_logins");
        Assert.Equal((ConditionOperator.Gte, "31"), (logins.Operator, Assert.Single(logins.Values)));
    }

    [Fact]
    public async Task A_place_said_of_the_people_is_where_they_are_based_and_the_dates_go_to_their_activity()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "jira users in austin over the past 45 days");

        Assert.Equal(["Austin"], IncludedOn(definition, "location").Values);
        var jira = IncludedOn(definition, "app_accessed");
        Assert.Equal(45, jira.Window!.Days);
        Assert.Null(jira.SameEvent);
    }

    [Fact]
    public async Task Being_active_on_an_app_is_activity_not_an_employment_status()
    {
        var (_, definition) = await engine.CreateAsync(Contoso, "any engineers who were active on datadog in the last 10 days");

        Assert.Equal(["datadog"], IncludedOn(definition, "app_accessed").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "employment_status");
    }

    [Fact]
    public async Task A_possessive_inside_a_catalog_phrase_still_names_the_value_and_the_amount_is_on_that_return()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "people who returned something worth over $40 because they changed their mind, in the past 4 months");

        var reason = IncludedOn(definition, "return_reason");
        Assert.Equal(["changed_mind"], reason.Values);
        var amount = Assert.Single(reason.SameEvent!);
        Assert.Equal((ConditionOperator.Gt, "40"), (amount.Operator, Assert.Single(amount.Values)));
    }

    [Fact]
    public async Task In_the_same_basket_puts_two_categories_on_one_order()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "anyone who bought fresh produce and dairy in the same basket since august");

        var produce = IncludedOn(definition, "category_purchased");
        Assert.Equal(["Produce"], produce.Values);
        Assert.Equal(["Dairy"], Assert.Single(produce.SameEvent!).Values);
    }

    [Fact]
    public async Task A_period_said_in_words_moves_the_window()
    {
        var session = Session();
        await SayAsync(Acme, "gold members in texas who bought groceries in the last 30 days", session);

        var reply = await SayAsync(Acme, "actually make it sixty days", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(60, IncludedOn(await engine.DraftAsync(Acme, session), "department_purchased").Window!.Days);
    }

    [Fact]
    public async Task An_amount_said_in_words_with_a_multiplier_is_read_whole()
    {
        var session = Session();
        await SayAsync(Acme, "at-risk customers who've spent at least $300 this fiscal year", session);

        await SayAsync(Acme, "change the spend to at least five hundred", session);

        Assert.Equal("500", Assert.Single(IncludedOn(await engine.DraftAsync(Acme, session), "total_spend").Values));
    }

    [Fact]
    public async Task Throw_in_adds_a_value_and_the_rest_of_the_change_applies()
    {
        var session = Session();
        await SayAsync(Acme, "people who bought dog food or cat food in the last 45 days", session);

        await SayAsync(Acme, "make it 90 days and throw in cat litter too", session);

        var bought = IncludedOn(await engine.DraftAsync(Acme, session), "category_purchased");
        Assert.Equal(["Dog Food", "Cat Food", "Litter"], bought.Values);
        Assert.Equal(90, bought.Window!.Days);
    }

    [Fact]
    public async Task A_swap_to_one_word_ending_a_value_of_that_facet_names_that_value()
    {
        var session = Session();
        await SayAsync(Acme, "people who bought dog food or cat food in the last 45 days", session);

        var reply = await SayAsync(Acme, "swap the cat food for treats", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["Dog Food", "Pet Treats"], IncludedOn(await engine.DraftAsync(Acme, session), "category_purchased").Values);
    }

    [Fact]
    public async Task Or_between_two_groups_of_people_each_with_their_own_clause_joins_the_whole_groups()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "platinum members who bought electronics or gold members who bought video games in the last 90 days");

        var groups = Assert.IsType<OrNode>(definition.Root).Children.Select(c => Assert.IsType<AndNode>(c).Children.Cast<SegmentCondition>().ToList()).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal(["platinum"], groups[0].Single(c => c.Facet == "loyalty_tier").Values);
        Assert.Equal(["gold"], groups[1].Single(c => c.Facet == "loyalty_tier").Values);
    }

    [Fact]
    public async Task Or_between_two_words_before_one_clause_keeps_the_clause_for_both()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "gold or platinum members who bought toys in the last 90 days");

        Assert.Equal(["gold", "platinum"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.IsType<AndNode>(definition.Root);
    }

    [Fact]
    public async Task A_leftover_word_that_describes_a_condition_already_there_is_used()
    {
        var (reply, definition) = await engine.CreateAsync(Acme, "Texans who bought in our California stores in the past 12 months");

        Assert.Equal(["TX"], IncludedOn(definition, "state").Values);
        Assert.DoesNotContain(reply.Segment!.Assumptions, a => a.Contains("didn't use", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Havent_bought_any_with_a_date_after_it_stands_for_what_was_named()
    {
        var (_, definition) = await engine.CreateAsync(Acme, "customers who bought groceries last fiscal year but haven't bought any this fiscal year");

        Assert.Equal(["Grocery"], IncludedOn(definition, "department_purchased").Values);
        Assert.Equal(["Grocery"], ExcludedOn(definition, "department_purchased").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "purchased_anything");
    }

    [Fact]
    public async Task A_size_band_bound_in_words_counts_as_used()
    {
        var (reply, definition) = await engine.CreateAsync(Dealflow, "lawyers at companies with ten or fewer employees");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["1-10"], IncludedOn(definition, "company_size").Values);
    }

    [Fact]
    public async Task A_light_verb_leaves_the_noun_to_say_what_happened()
    {
        var (_, definition) = await engine.CreateAsync(Dealflow, "investors in asia who didnt make any offers in the last 3 days");

        Assert.Equal(ConditionOperator.IsTrue, ExcludedOn(definition, "sent_offer").Operator);
        Assert.Equal(["investor"], IncludedOn(definition, "user_role").Values);
    }

    private static string Session() => DemoTenantsEngineFixture.NewSession();

    private Task<ChatReply> SayAsync(string tenant, string text, string session) =>
        engine.SayAsync(tenant, text, session, $"{session}@{tenant}");
}
