using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Phrasings of the third generalization batch, played end to end on the demo tenants: British spellings, number
/// ranges, edits that swap, drop or correct one value of a list, compound edits, answers to a vague term that keep the
/// rest of the request, and protected attributes said as numbers. Each test reads the stored draft.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class ThirdBatchPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";
    private const string Contoso = "contoso-workforce";

    [Fact]
    public async Task A_british_spelling_reads_as_the_catalogs_word()
    {
        var (reply, definition) = await CreateAsync(Contoso, "everyone with a tableau licence");

        Assert.Equal(["tableau"], IncludedOn(definition, "license_assigned").Values);
        Assert.Contains("\"licence\" as \"license\"", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_word_is_not_taken_for_a_british_spelling()
    {
        var (_, definition) = await CreateAsync(Acme, "households of four or more people that bought 15 or more items in one go since the start of the fiscal year");

        var household = IncludedOn(definition, "household_size");
        Assert.Equal((ConditionOperator.Gte, "4"), (household.Operator, Assert.Single(household.Values)));
    }

    [Fact]
    public async Task A_range_in_words_with_and_inside_a_number_is_one_between()
    {
        var (_, definition) = await CreateAsync(Contoso, "San Francisco or Austin folks who opened apps between fifty and one hundred and fifty times in the last 7 days");

        var accesses = IncludedOn(definition, "app_access_count");
        Assert.Equal(ConditionOperator.Between, accesses.Operator);
        Assert.Equal(["50", "150"], accesses.Values);
        Assert.Equal(["San Francisco", "Austin"], IncludedOn(definition, "location").Values);
    }

    [Fact]
    public async Task A_bare_count_range_is_one_between()
    {
        var (_, definition) = await CreateAsync(Contoso, "anyone with three to six failed logins in October who isn't in the Seattle or New York office");

        Assert.Equal(["3", "6"], IncludedOn(definition, "failed_logins").Values);
        Assert.Equal(["Seattle", "New York"], ExcludedOn(definition, "location").Values);
    }

    [Fact]
    public async Task A_rate_counts_over_the_window_it_was_worked_out_on()
    {
        var (_, definition) = await CreateAsync(Contoso, "people who opened apps at least 3 times a week");

        var accesses = IncludedOn(definition, "app_access_count");
        Assert.Equal("6", Assert.Single(accesses.Values));
        Assert.Equal(14, accesses.Window!.Days);
    }

    [Fact]
    public async Task Swapping_one_value_of_a_list_keeps_the_others()
    {
        var session = Session();
        await SayAsync(Contoso, "designers who opened figma or miro in the last 30 days", session);

        var reply = await SayAsync(Contoso, "swap miro for adobe", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["figma", "adobe_cc"], IncludedOn(await engine.DraftAsync(Contoso, session), "app_accessed").Values);
    }

    [Fact]
    public async Task Dropping_a_plural_value_removes_it_from_its_list()
    {
        var session = Session();
        await SayAsync(Contoso, "mobile workers in brand marketing", session);

        await SayAsync(Contoso, "drop tablets", session);

        var definition = await engine.DraftAsync(Contoso, session);
        Assert.Equal(["mobile"], IncludedOn(definition, "login_device").Values);
        Assert.Equal(["Brand Marketing"], IncludedOn(definition, "department").Values);
    }

    [Fact]
    public async Task Take_a_value_out_of_it_removes_that_value()
    {
        var session = Session();
        await SayAsync(Dealflow, "founders in latam or apac who listed a deal this month", session);

        var reply = await SayAsync(Dealflow, "take latam out of it", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["APAC"], IncludedOn(await engine.DraftAsync(Dealflow, session), "region").Values);
    }

    [Fact]
    public async Task Excluding_a_listed_value_shrinks_the_list_instead_of_adding_a_contradiction()
    {
        var session = Session();
        await SayAsync(Acme, "gold or platinum members in Texas or Florida who bought toys in the last 30 days", session);

        await SayAsync(Acme, "without Texas", session);

        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["FL"], IncludedOn(definition, "state").Values);
        Assert.Empty(Excluded(definition));
    }

    [Fact]
    public async Task Also_include_people_who_widens_the_segment_with_or()
    {
        var session = Session();
        await SayAsync(Dealflow, "users who dropped off yesterday", session);

        await SayAsync(Dealflow, "also include people who rejected an offer yesterday", session);

        var or = Assert.IsType<OrNode>((await engine.DraftAsync(Dealflow, session)).Root);
        Assert.Equal(["dropped_off", "rejected_offer"], or.Children.SelectMany(Nodes).OfType<SegmentCondition>().Select(c => c.Facet).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Who_also_adds_to_the_draft()
    {
        var session = Session();
        await SayAsync(Contoso, "employees holding an admin seat", session);

        await SayAsync(Contoso, "who also had a failed login in the last 30 days", session);

        var definition = await engine.DraftAsync(Contoso, session);
        Assert.Equal(["admin"], IncludedOn(definition, "license_tier").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "had_failed_login").Operator);
    }

    [Fact]
    public async Task A_compound_edit_applies_both_parts_after_look_at()
    {
        var session = Session();
        await SayAsync(Contoso, "anyone with more than three failed sign-ins in the last 30 days", session);

        await SayAsync(Contoso, "keep only data engineering and product management, and look at the past 45 days instead", session);

        var definition = await engine.DraftAsync(Contoso, session);
        Assert.Equal(["Data Engineering", "Product Management"], IncludedOn(definition, "department").Values);
        Assert.Equal(45, IncludedOn(definition, "failed_logins").Window!.Days);
    }

    [Fact]
    public async Task A_bare_period_with_its_unit_moves_the_window_and_is_not_an_amount()
    {
        var session = Session();
        await SayAsync(Acme, "customers who spent more than $500 on electronics in the last 90 days", session);

        await SayAsync(Acme, "change the window to 6 months", session);

        var spend = Assert.Single((await engine.DraftAsync(Acme, session)).Conditions());
        Assert.Equal(500m, Assert.Single(spend.Aggregate!.Values));
        Assert.Equal(new DateOnly(2026, 5, 22), spend.Window!.Start);
    }

    [Fact]
    public async Task Change_one_amount_to_another_takes_the_new_amount()
    {
        var session = Session();
        await SayAsync(Acme, "customers who spent more than $500 on electronics in the last 90 days", session);

        await SayAsync(Acme, "change 500 to 600", session);

        var spend = Assert.Single((await engine.DraftAsync(Acme, session)).Conditions());
        Assert.Equal(600m, Assert.Single(spend.Aggregate!.Values));
    }

    [Fact]
    public async Task A_correction_replaces_the_value_it_corrects()
    {
        var session = Session();
        await SayAsync(Acme, "customers who bought toys in the last 30 days", session);

        var reply = await SayAsync(Acme, "no, make it video games", session);

        Assert.Equal(["Video Games"], IncludedOn(await engine.DraftAsync(Acme, session), "department_purchased").Values);
        Assert.Contains("is now Video Games", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_said_alone_moves_the_drafts_windows()
    {
        var session = Session();
        await SayAsync(Acme, "gold members who bought toys in the last 30 days", session);

        var reply = await SayAsync(Acme, "over the past quarter instead", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(new DateOnly(2026, 8, 22), IncludedOn(await engine.DraftAsync(Acme, session), "department_purchased").Window!.Start);
    }

    [Fact]
    public async Task The_answer_to_a_vague_term_keeps_the_rest_of_its_part()
    {
        var session = Session();
        var question = await SayAsync(Acme, "high value customers in the midwest who have the app", session);
        Assert.Equal(ReplyKind.Clarification, question.Kind);

        await SayAsync(Acme, "more than $1,000 spent in total", session);

        var definition = await engine.DraftAsync(Acme, session);
        Assert.Equal(["Midwest"], IncludedOn(definition, "region").Values);
        Assert.Equal("1000", Assert.Single(IncludedOn(definition, "total_spend").Values));
    }

    [Fact]
    public async Task A_rate_settled_for_a_vague_word_counts_the_events_named_beside_an_attribute()
    {
        var session = Session();
        await SayAsync(Contoso, "heavy jira users in product management", session);

        await SayAsync(Contoso, "at least once a week", session);

        var jira = IncludedOn(await engine.DraftAsync(Contoso, session), "app_accessed");
        Assert.Equal(["jira"], jira.Values);
        Assert.Equal(1, jira.Frequency!.Count);
    }

    [Fact]
    public async Task Digits_in_a_worded_answer_are_not_an_option_number()
    {
        var session = Session();
        await SayAsync(Dealflow, "pro users who log in often, excluding founders", session);

        await SayAsync(Dealflow, "3 times a week", session);

        Assert.Equal(3, IncludedOn(await engine.DraftAsync(Dealflow, session), "logged_in").Frequency!.Count);
    }

    [Fact]
    public async Task Two_values_of_a_one_value_attribute_joined_by_and_mean_either()
    {
        var (_, definition) = await CreateAsync(Acme, "55-64 year olds and seniors who bought something from the pharmacy between March and June");

        Assert.Equal(["55-64", "65+"], IncludedOn(definition, "age_band").Values);
    }

    [Fact]
    public async Task A_tenant_phrases_modifier_carries_to_another_people_noun()
    {
        var (_, definition) = await CreateAsync(Dealflow, "paying founders in north america");

        Assert.Equal(["pro", "enterprise"], IncludedOn(definition, "plan").Values);
        Assert.Equal(["founder"], IncludedOn(definition, "user_role").Values);
    }

    [Fact]
    public async Task A_negated_place_does_not_pull_the_next_clause_into_its_negation()
    {
        var (_, definition) = await CreateAsync(Dealflow, "angels outside latam who've looked at more than fifteen deals in the past 5 days");

        Assert.Equal(["LATAM"], ExcludedOn(definition, "region").Values);
        Assert.Equal("15", Assert.Single(IncludedOn(definition, "deals_viewed").Values));
    }

    [Fact]
    public async Task Didnt_buy_any_refers_to_what_was_looked_at()
    {
        var (_, definition) = await CreateAsync(Acme, "silver members who looked at video games in the last 30 days but didnt buy any");

        Assert.Equal(["Video Games"], IncludedOn(definition, "department_browsed").Values);
        Assert.Equal(["Video Games"], ExcludedOn(definition, "department_purchased").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "purchased_anything");
    }

    [Fact]
    public async Task Based_outside_a_city_excludes_the_office_and_keeps_the_sign_in_city()
    {
        var (_, definition) = await CreateAsync(Contoso, "anyone based outside London who logged in from London during the past 3 weeks");

        Assert.Equal(["London"], ExcludedOn(definition, "location").Values);
        Assert.Equal(["London"], IncludedOn(definition, "sign_in_city").Values);
    }

    [Theory]
    [InlineData("engineers over 50 who havent touched github in the last month")]
    [InlineData("people in their 40s in finance")]
    public async Task An_age_said_as_a_number_is_refused_where_age_is_protected(string request)
    {
        var reply = await SayAsync(Contoso, request, Session());

        Assert.Equal(ReplyKind.Refusal, reply.Kind);
    }

    [Fact]
    public async Task A_count_over_fifty_is_not_an_age()
    {
        var (_, definition) = await CreateAsync(Contoso, "employees with over 50 logins");

        Assert.Equal("50", Assert.Single(IncludedOn(definition, "sso_logins").Values));
    }

    private static string Session() => DemoTenantsEngineFixture.NewSession();

    private Task<ChatReply> SayAsync(string tenant, string text, string session) =>
        engine.SayAsync(tenant, text, session, $"{session}@{tenant}");

    private Task<(ChatReply Reply, SegmentDefinition Definition)> CreateAsync(string tenant, string text) => engine.CreateAsync(tenant, text);
}
