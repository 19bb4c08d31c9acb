using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Phrasings of the second generalization batch (cases written after the first round of parser work), played end to
/// end on the demo tenants: numbers in words, coordinated verbs, "non-" and other negations, a tenant phrase followed
/// by a count, dates beside a date attribute's word, and edits that name a twin list or a condition by another form of
/// its word. Each test reads the stored draft, so a regression shows the exact part that changed.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class FreshPhrasingConversationTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";
    private const string Contoso = "contoso-workforce";

    [Fact]
    public async Task An_amount_in_words_is_the_number_it_says()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who spent over two hundred dollars in october");

        var spend = IncludedOn(definition, "total_spend");
        Assert.Equal((ConditionOperator.Gt, "200"), (spend.Operator, Assert.Single(spend.Values)));
    }

    [Fact]
    public async Task A_range_in_words_is_one_between_condition()
    {
        var (_, definition) = await CreateAsync(Dealflow, "investors with at least five and at most fifteen counteroffers in the last 10 days");

        var revisions = IncludedOn(definition, "offer_revisions");
        Assert.Equal(ConditionOperator.Between, revisions.Operator);
        Assert.Equal(["5", "15"], revisions.Values);
        Assert.Equal(["investor"], IncludedOn(definition, "user_role").Values);
    }

    [Fact]
    public async Task More_then_is_read_as_more_than()
    {
        var (_, definition) = await CreateAsync(Dealflow, "founders who sent more then 2 messages in the last 7 days");

        var messages = IncludedOn(definition, "messages_sent");
        Assert.Equal((ConditionOperator.Gt, "2"), (messages.Operator, Assert.Single(messages.Values)));
    }

    [Fact]
    public async Task An_age_range_said_with_to_names_the_age_band()
    {
        var (_, definition) = await CreateAsync(Acme, "textable customers aged 35 to 44 who aren't opted in to email");

        Assert.Equal(["35-44"], IncludedOn(definition, "age_band").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "sms_opt_in").Operator);
        Assert.Equal(ConditionOperator.IsTrue, ExcludedOn(definition, "email_opt_in").Operator);
    }

    [Fact]
    public async Task A_number_no_condition_uses_is_asked_about_not_dropped()
    {
        var reply = await SayAsync(Acme, "gold members in ohio 250", Session());

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
        Assert.Contains("\"250\"", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinated_verbs_share_the_object_and_its_same_event_filter()
    {
        var (_, definition) = await CreateAsync(Dealflow, "users who accepted or rejected an offer on a healthtech deal in the last two weeks");

        var or = Assert.Single(Nodes(definition.Root).OfType<OrNode>());
        var sides = or.Children.Cast<SegmentCondition>().ToList();
        Assert.Equal(["accepted_offer", "rejected_offer"], sides.Select(c => c.Facet).Order(StringComparer.Ordinal));
        Assert.All(sides, c => Assert.Contains(c.SameEvent!, f => f.Facet == "deal_sector_engaged" && f.Values.SequenceEqual(["healthtech"])));
    }

    [Fact]
    public async Task A_flag_the_words_name_narrows_a_facet_that_reads_every_event()
    {
        var (_, definition) = await CreateAsync(Dealflow, "anyone who sent offers on pre-seed or seed rounds in the past 3 days");

        var round = IncludedOn(definition, "deal_round_engaged");
        Assert.Equal(["pre-seed", "seed"], round.Values);
        Assert.Contains(round.SameEvent!, f => f.Facet == "sent_offer" && f.Operator == ConditionOperator.IsTrue);
    }

    [Fact]
    public async Task A_non_prefix_excludes_only_its_own_word()
    {
        var (_, definition) = await CreateAsync(Contoso, "non-engineers holding an observability or engineering tools license");

        Assert.Equal(["Engineering"], ExcludedOn(definition, "role_family").Values);
        Assert.Equal(["Observability", "Engineering"], IncludedOn(definition, "license_app_category").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "license_assigned");
    }

    [Fact]
    public async Task Other_than_the_ones_who_keeps_its_negation_across_the_filler()
    {
        var (_, definition) = await CreateAsync(Contoso, "employees hired in Q1 FY27 other than the ones who were terminated");

        Assert.Equal(["terminated"], ExcludedOn(definition, "employment_status").Values);
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 1)), Span(IncludedOn(definition, "hire_date")));
    }

    [Fact]
    public async Task A_negation_typed_without_its_apostrophe_still_negates()
    {
        var (_, definition) = await CreateAsync(Contoso, "engineers with a github license who havent opened github this month");

        Assert.Equal(["github"], ExcludedOn(definition, "app_accessed").Values);
        Assert.Equal(["github"], IncludedOn(definition, "license_assigned").Values);
    }

    [Fact]
    public async Task A_tenant_phrase_followed_by_a_count_keeps_both()
    {
        var (_, definition) = await CreateAsync(Acme, "VIP customers with more than two returns in the past six months");

        Assert.Equal(["gold", "platinum"], IncludedOn(definition, "loyalty_tier").Values);
        var returns = IncludedOn(definition, "return_count");
        Assert.Equal((ConditionOperator.Gt, "2"), (returns.Operator, Assert.Single(returns.Values)));
    }

    [Fact]
    public async Task A_period_beside_a_date_attributes_word_dates_that_attribute()
    {
        var (_, definition) = await CreateAsync(Contoso, "FY25 hires holding more than ten licenses");

        Assert.Equal((new DateOnly(2024, 7, 1), new DateOnly(2025, 7, 1)), Span(IncludedOn(definition, "hire_date")));
        var licences = IncludedOn(definition, "license_count");
        Assert.Null(licences.Window);
        Assert.Equal("10", Assert.Single(licences.Values));
    }

    [Fact]
    public async Task A_capital_code_names_its_value_when_retrieval_cannot_score_it()
    {
        var (_, definition) = await CreateAsync(Contoso, "employees in IT");

        Assert.Equal(["IT Operations"], IncludedOn(definition, "department").Values);
    }

    [Fact]
    public async Task Also_include_widens_the_round_the_user_created()
    {
        var session = Session();
        await SayAsync(Dealflow, "founders who created a seed deal in the past 60 days", session);

        var reply = await SayAsync(Dealflow, "also include pre-seed", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Dealflow, session);
        Assert.Equal(["seed", "pre-seed"], IncludedOn(definition, "deal_round_created").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "deal_round_engaged");
    }

    [Fact]
    public async Task A_condition_is_found_by_another_form_of_its_word()
    {
        var session = Session();
        await SayAsync(Dealflow, "lawyers in emea who messaged someone this week", session);

        var reply = await SayAsync(Dealflow, "swap emea for apac and drop the messaging part", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Dealflow, session);
        Assert.Equal(["APAC"], IncludedOn(definition, "region").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "sent_message");
    }

    [Fact]
    public async Task Also_leave_out_is_an_exclusion()
    {
        var session = Session();
        await SayAsync(Dealflow, "users who viewed more than 20 deals this week", session);

        var reply = await SayAsync(Dealflow, "also leave out anyone in latam", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["LATAM"], ExcludedOn(await engine.DraftAsync(Dealflow, session), "region").Values);
    }

    [Fact]
    public async Task A_word_for_the_no_side_of_a_yes_no_facet_asks_for_that_side()
    {
        var (_, definition) = await CreateAsync(Acme, "renters in ohio");

        Assert.Equal(ConditionOperator.IsFalse, IncludedOn(definition, "home_owner").Operator);
        Assert.Equal(["OH"], IncludedOn(definition, "state").Values);
    }

    [Fact]
    public async Task Excluding_renters_keeps_the_homeowners()
    {
        var session = Session();
        await SayAsync(Acme, "customers in ohio", session);

        await SayAsync(Acme, "exclude renters", session);

        var excluded = ExcludedOn(await engine.DraftAsync(Acme, session), "home_owner");
        Assert.Equal(ConditionOperator.IsFalse, excluded.Operator);
    }

    [Fact]
    public async Task Dormant_employees_in_a_department_are_judged_on_their_department_not_on_an_app_category()
    {
        var (_, definition) = await CreateAsync(Contoso, "dormant employees in finance");

        var dormant = IncludedOn(definition, "accessed_any_app");
        Assert.Equal(ConditionOperator.IsFalse, dormant.Operator);
        Assert.Null(dormant.SameEvent);
        Assert.Equal(["Finance"], IncludedOn(definition, "department").Values);
    }

    [Fact]
    public async Task People_after_a_role_is_who_the_request_is_about_not_the_People_department()
    {
        var (_, definition) = await CreateAsync(Contoso, "marketing people in london or dublin using hubspot");

        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "department");
        Assert.Equal(["Marketing"], IncludedOn(definition, "role_family").Values);
    }

    [Fact]
    public async Task A_tenant_phrase_inside_a_list_joins_the_list()
    {
        var (_, definition) = await CreateAsync(Contoso, "people who are terminated or on leave but still signed in during the last seven days");

        Assert.Equal(["terminated", "leave"], IncludedOn(definition, "employment_status").Values);
    }

    [Fact]
    public async Task A_term_that_starts_with_non_is_a_value_not_a_negation()
    {
        var (_, definition) = await CreateAsync(Acme, "non-members in ohio");

        Assert.Equal(["none"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Empty(Excluded(definition));
    }

    [Fact]
    public async Task Excluding_the_non_members_leaves_out_tier_none()
    {
        var session = Session();
        await SayAsync(Acme, "customers in ohio", session);

        await SayAsync(Acme, "exclude the non-members", session);

        Assert.Equal(["none"], ExcludedOn(await engine.DraftAsync(Acme, session), "loyalty_tier").Values);
    }

    [Fact]
    public async Task A_period_said_of_the_events_a_part_reads_stays_with_them()
    {
        var (_, definition) = await CreateAsync(Dealflow, "founders raising more than $10M in total across deals they created in the last 60 days");

        Assert.Equal((new DateOnly(2026, 9, 23), new DateOnly(2026, 11, 22)), Span(IncludedOn(definition, "capital_sought")));
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "signup_date");
    }

    [Fact]
    public async Task The_word_that_chose_a_score_threshold_is_not_asked_about()
    {
        var reply = await SayAsync(Acme, "customers at high churn risk", Session());

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.DoesNotContain("\"high\"", reply.Text, StringComparison.Ordinal);
    }

    private static string Session() => DemoTenantsEngineFixture.NewSession();

    private Task<ChatReply> SayAsync(string tenant, string text, string session) =>
        engine.SayAsync(tenant, text, session, $"{session}@{tenant}");

    private Task<(ChatReply Reply, SegmentDefinition Definition)> CreateAsync(string tenant, string text) => engine.CreateAsync(tenant, text);
}
