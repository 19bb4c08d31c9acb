using System.Globalization;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Warehouses;
using static SegmentAI.Skills.Tests.Conversation.DraftTree;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// Requests of the generalization suite that the parser redesign got wrong, played end to end through the real engine
/// on the demo tenants. Each test reads the draft the engine stored and checks its definition (facets, operators,
/// values, windows, negation, same-event filters), so a regression shows as the exact part that changed.
/// </summary>
[Collection(DemoTenantsEngineCollection.Name)]
public sealed class GeneralizationReproductionTests(DemoTenantsEngineFixture engine)
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";
    private const string Contoso = "contoso-workforce";

    private static readonly DateOnly AsOf = DemoTenantsEngineFixture.AsOf;

    // ---- Coordination: values joined by "or" (or an attribute's "and") form one IN list the surrounding words apply to.

    [Fact]
    public async Task Silver_or_gold_members_in_Ohio_is_one_tier_list_and_the_state()
    {
        var (reply, definition) = await CreateAsync(Acme, "Silver or gold members in Ohio");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal(["silver", "gold"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Equal(["OH"], IncludedOn(definition, "state").Values);
        Assert.Equal(2, definition.Conditions().Count);
        // "or" joins the two tiers, not "silver" with "gold members in Ohio".
        Assert.Empty(Nodes(definition.Root).OfType<OrNode>());
        Assert.Empty(Excluded(definition));
    }

    [Fact]
    public async Task Parents_in_California_or_Texas_who_bought_baby_food_in_October_is_one_state_list()
    {
        var (_, definition) = await CreateAsync(Acme, "parents in california or texas who bought baby food in october");

        var state = IncludedOn(definition, "state");
        Assert.Equal(ConditionOperator.In, state.Operator);
        Assert.Equal(["CA", "TX"], state.Values);
        Assert.Empty(Nodes(definition.Root).OfType<OrNode>());
        var babyFood = IncludedOn(definition, "category_purchased");
        Assert.Equal(["Baby Food"], babyFood.Values);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)), Span(babyFood));
    }

    [Fact]
    public async Task Parents_in_California_or_Texas_keeps_the_parents_condition()
    {
        var (_, definition) = await CreateAsync(Acme, "parents in california or texas who bought baby food in october");

        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "has_children").Operator);
        Assert.Equal(["CA", "TX"], IncludedOn(definition, "state").Values);
    }

    [Fact]
    public async Task Pet_owners_in_Ohio_or_Texas_keeps_the_pet_owner_condition()
    {
        var (_, definition) = await CreateAsync(Acme, "pet owners in Ohio or Texas");

        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "has_pets").Operator);
        Assert.Equal(["OH", "TX"], IncludedOn(definition, "state").Values);
    }

    [Fact]
    public async Task Users_not_in_EMEA_or_APAC_excludes_both_regions_as_one_list()
    {
        var (_, definition) = await CreateAsync(Dealflow, "users who are not in EMEA or APAC");

        var not = Assert.IsType<NotNode>(definition.Root);
        var region = Assert.IsType<SegmentCondition>(not.Child);
        Assert.Equal(("region", ConditionOperator.In), (region.Facet, region.Operator));
        Assert.Equal(["EMEA", "APAC"], region.Values);
    }

    [Fact]
    public async Task Every_investor_on_pro_or_enterprise_in_EMEA_keeps_both_plans()
    {
        var (_, definition) = await CreateAsync(Dealflow, "show me every investor on pro or enterprise in emea");

        Assert.Equal(["pro", "enterprise"], IncludedOn(definition, "plan").Values);
        Assert.Equal(["investor"], IncludedOn(definition, "user_role").Values);
        Assert.Equal(["EMEA"], IncludedOn(definition, "region").Values);
        Assert.Empty(Nodes(definition.Root).OfType<OrNode>());
    }

    [Fact]
    public async Task Founders_and_advisors_as_a_request_is_one_role_list()
    {
        var (_, definition) = await CreateAsync(Dealflow, "founders and advisors");

        var role = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("user_role", ConditionOperator.In), (role.Facet, role.Operator));
        Assert.Equal(["founder", "advisor"], role.Values);
    }

    [Fact]
    public async Task Adding_founders_and_advisors_to_a_draft_adds_one_role_list()
    {
        var session = Session();
        await SayAsync(Dealflow, "users in EMEA", session);

        var reply = await SayAsync(Dealflow, "add founders and advisors", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var definition = await engine.DraftAsync(Dealflow, session);
        Assert.Equal(["EMEA"], IncludedOn(definition, "region").Values);
        Assert.Equal(["founder", "advisor"], IncludedOn(definition, "user_role").Values);
        Assert.Equal(2, definition.Conditions().Count);
    }

    [Fact]
    public async Task Only_engineering_and_sales_on_a_contoso_draft_is_one_role_family_list()
    {
        var session = Session();
        await SayAsync(Contoso, "employees who opened Jira or Linear in the last 30 days", session);

        await SayAsync(Contoso, "only engineering and sales", session);

        var definition = await engine.DraftAsync(Contoso, session);
        Assert.Equal(["jira", "linear"], IncludedOn(definition, "app_accessed").Values);
        Assert.Equal(["Engineering", "Sales"], IncludedOn(definition, "role_family").Values);
    }

    [Fact]
    public async Task Toys_and_games_bought_are_two_conditions_because_and_joins_values_only_of_an_attribute()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who bought toys and games");

        // Someone can buy both, so "and" between purchases means both purchases, never one either-or list.
        var and = Assert.IsType<AndNode>(definition.Root);
        Assert.Equal(2, and.Children.Count);
        Assert.Equal(["Toys"], IncludedOn(definition, "department_purchased").Values);
        Assert.Equal(["Games"], IncludedOn(definition, "category_purchased").Values);
        Assert.All(definition.Conditions(), c => Assert.Single(c.Values));
    }

    [Fact]
    public async Task Toys_and_electronics_bought_are_two_department_conditions_not_one_list()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who bought toys and electronics");

        var departments = Included(definition).Where(c => c.Facet == "department_purchased").ToList();
        Assert.Equal(2, departments.Count);
        Assert.Equal(["Toys", "Electronics"], departments.Select(c => Assert.Single(c.Values)));
        Assert.IsType<AndNode>(definition.Root);
    }

    [Fact]
    public async Task Toys_or_electronics_bought_is_one_department_list()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who bought toys or electronics");

        var department = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal("department_purchased", department.Facet);
        Assert.Equal(["Toys", "Electronics"], department.Values);
    }

    // ---- Negation at the head of a part.

    [Fact]
    public async Task Outside_the_South_excludes_the_region_and_keeps_the_purchase()
    {
        var (_, definition) = await CreateAsync(Acme, "customers outside the South who made a purchase in the last 90 days");

        var south = ExcludedOn(definition, "region");
        Assert.Equal(["South"], south.Values);
        var purchased = IncludedOn(definition, "purchased_anything");
        Assert.Equal(ConditionOperator.IsTrue, purchased.Operator);
        Assert.Equal((AsOf.AddDays(-90), AsOf), Span(purchased));
    }

    [Fact]
    public async Task Pet_owners_who_have_never_bought_from_the_pets_department_exclude_pets_purchases()
    {
        var (_, definition) = await CreateAsync(Acme, "pet owners who have never bought anything from the pets department");

        Assert.Equal(["Pets"], ExcludedOn(definition, "department_purchased").Values);
        Assert.Equal(ConditionOperator.IsTrue, IncludedOn(definition, "has_pets").Operator);
    }

    [Fact]
    public async Task Havent_shopped_in_3_months_excludes_purchases_of_the_last_three_months()
    {
        var (_, definition) = await CreateAsync(Acme, "silver or gold members in Ohio who haven't shopped in 3 months");

        var shopped = ExcludedOn(definition, "purchased_anything");
        Assert.Equal(ConditionOperator.IsTrue, shopped.Operator);
        // "in 3 months" after a negated verb looks back from the as-of date; it is not three months ahead.
        Assert.Equal((new DateOnly(2026, 8, 22), new DateOnly(2026, 11, 22)), Span(shopped));
        Assert.Equal(["silver", "gold"], IncludedOn(definition, "loyalty_tier").Values);
        Assert.Equal(["OH"], IncludedOn(definition, "state").Values);
    }

    // ---- Amount ranges: two bounds of one quantity are one between.

    [Fact]
    public async Task At_least_10_but_no_more_than_20_deal_views_this_week_is_between_10_and_20()
    {
        var (_, definition) = await CreateAsync(Dealflow, "users with at least 10 but no more than 20 deal views this week");

        var views = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("deals_viewed", ConditionOperator.Between), (views.Facet, views.Operator));
        Assert.Equal(["10", "20"], views.Values);
    }

    [Fact]
    public async Task Spent_more_than_50_and_less_than_150_is_between_one_cent_inside_each_bound()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who spent more than $50 and less than $150 in the last 30 days");

        var spend = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("total_spend", ConditionOperator.Between), (spend.Facet, spend.Operator));
        Assert.Equal(["50.01", "149.99"], spend.Values);
        Assert.Equal((AsOf.AddDays(-30), AsOf), Span(spend));
    }

    // ---- Counts and rates.

    [Fact]
    public async Task Lawyers_who_drafted_two_or_more_term_sheets_count_term_sheets_created()
    {
        var (_, definition) = await CreateAsync(Dealflow, "lawyers who drafted two or more term sheets");

        var sheets = IncludedOn(definition, "term_sheets_created");
        Assert.Equal(ConditionOperator.Gte, sheets.Operator);
        Assert.Equal(["2"], sheets.Values);
        Assert.Equal(["lawyer"], IncludedOn(definition, "user_role").Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "created_term_sheet");
    }

    [Fact]
    public async Task Anyone_who_revised_offers_more_than_a_dozen_times_needs_13_revisions()
    {
        var (_, definition) = await CreateAsync(Dealflow, "anyone who revised offers more than a dozen times in the past week");

        // "anyone" is the entity word, not a condition; "more than a dozen" on a count is at least 13.
        var revisions = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("offer_revisions", ConditionOperator.Gte), (revisions.Facet, revisions.Operator));
        Assert.Equal(["13"], revisions.Values);
        Assert.Equal((AsOf.AddDays(-7), AsOf), Span(revisions));
    }

    [Fact]
    public async Task Logged_in_at_least_once_a_week_over_30_days_is_at_least_5_logins_and_says_so()
    {
        var (reply, definition) = await CreateAsync(Dealflow, "lawyers who logged in at least once a week over the last 30 days");

        var logins = IncludedOn(definition, "login_count");
        Assert.Equal((ConditionOperator.Gte, "5"), (logins.Operator, Assert.Single(logins.Values)));
        Assert.Equal((AsOf.AddDays(-30), AsOf), Span(logins));
        Assert.Null(logins.Frequency);
        Assert.Contains(reply.Segment!.Assumptions, a => a.Contains("at least once a week", StringComparison.Ordinal) && a.Contains("at least 5 logins", StringComparison.Ordinal));
    }

    // ---- Same-event filters.

    [Fact]
    public async Task A_single_online_order_over_150_is_one_order_that_was_online_and_over_150()
    {
        var (_, definition) = await CreateAsync(Acme, "customers with a single online order over $150 in the last 45 days");

        var channel = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("purchase_channel", ConditionOperator.In), (channel.Facet, channel.Operator));
        Assert.Equal(["online"], channel.Values);
        Assert.Equal((AsOf.AddDays(-45), AsOf), Span(channel));
        Assert.Null(channel.Aggregate);
        var amount = Assert.Single(channel.SameEvent!);
        Assert.Equal(("single_order_total", ConditionOperator.Gt), (amount.Facet, amount.Operator));
        Assert.Equal(["150"], amount.Values);
    }

    [Fact]
    public async Task A_single_online_order_over_150_counts_the_customers_of_the_reference_query()
    {
        // Written by hand from the warehouse tables: one order that was online and over $150, in the 45 days before as-of.
        const string Reference = """
            SELECT COUNT(*) FROM customers c WHERE EXISTS (
              SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'online' AND o.total_amount > 150
                AND o.order_ts >= TIMESTAMP '2026-10-08' AND o.order_ts < TIMESTAMP '2026-11-22')
            """;
        var expected = await CountAsync(Acme, Reference);

        var (reply, _) = await CreateAsync(Acme, "customers with a single online order over $150 in the last 45 days");

        Assert.True(expected > 0, "the reference query selects nobody; the comparison would prove nothing");
        Assert.Equal(expected, reply.Segment!.EstimatedSize);
    }

    [Fact]
    public async Task An_app_order_over_75_on_Cyber_Monday_filters_the_same_order_on_that_day()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who placed an app order over $75 on Cyber Monday");

        var channel = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("purchase_channel", ConditionOperator.In), (channel.Facet, channel.Operator));
        Assert.Equal(["app"], channel.Values);
        // The last Cyber Monday before the as-of date (Thanksgiving 2026 is still ahead).
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 2)), Span(channel));
        var amount = Assert.Single(channel.SameEvent!);
        Assert.Equal(("single_order_total", ConditionOperator.Gt), (amount.Facet, amount.Operator));
        Assert.Equal(["75"], amount.Values);
    }

    [Fact]
    public async Task Clicked_a_pets_newsletter_is_the_pets_theme_on_a_clicked_email()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who clicked a pets newsletter in the last 60 days");

        var theme = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("campaign_theme_engaged", ConditionOperator.In), (theme.Facet, theme.Operator));
        Assert.Equal(["pets"], theme.Values);
        Assert.Equal((AsOf.AddDays(-60), AsOf), Span(theme));
        var clicked = Assert.Single(theme.SameEvent!);
        Assert.Equal(("clicked_email", ConditionOperator.IsTrue), (clicked.Facet, clicked.Operator));
        Assert.Empty(clicked.Values);
    }

    [Fact]
    public async Task Added_electronics_to_their_cart_in_the_app_filters_the_device_of_that_cart_add()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who added electronics to their cart in the app in the last 90 days");

        var cart = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("department_added_to_cart", ConditionOperator.In), (cart.Facet, cart.Operator));
        Assert.Equal(["Electronics"], cart.Values);
        Assert.Equal((AsOf.AddDays(-90), AsOf), Span(cart));
        // "app" next to a cart add is the browsing device of that event, not the channel of some order.
        var device = Assert.Single(cart.SameEvent!);
        Assert.Equal(("browsing_device", ConditionOperator.In), (device.Facet, device.Operator));
        Assert.Equal(["app"], device.Values);
        Assert.DoesNotContain(definition.Conditions(), c => c.Facet == "purchase_channel");
    }

    [Fact]
    public async Task Logged_in_at_least_5_times_needs_no_same_event_filter_because_logins_imply_the_activity_type()
    {
        var (_, definition) = await CreateAsync(Dealflow, "users who logged in at least 5 times in the last 7 days");

        var logins = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("login_count", ConditionOperator.Gte), (logins.Facet, logins.Operator));
        Assert.Equal(["5"], logins.Values);
        Assert.Equal((AsOf.AddDays(-7), AsOf), Span(logins));
        Assert.True(logins.SameEvent is null || logins.SameEvent.Count == 0, $"unexpected filters: {string.Join(", ", logins.SameEvent?.Select(f => f.Facet) ?? [])}");
    }

    // ---- A clause that only says an event happened reads the yes/no facet its words name.

    [Fact]
    public async Task Paying_users_who_havent_done_anything_in_3_days_exclude_any_activity()
    {
        var (_, definition) = await CreateAsync(Dealflow, "paying users who haven't done anything in the last 3 days");

        var activity = ExcludedOn(definition, "any_activity");
        Assert.Equal(ConditionOperator.IsTrue, activity.Operator);
        Assert.Equal((AsOf.AddDays(-3), AsOf), Span(activity));
        Assert.Equal(["pro", "enterprise"], IncludedOn(definition, "plan").Values);
    }

    [Fact]
    public async Task Employees_who_havent_opened_any_app_in_7_days_exclude_accessed_any_app()
    {
        var (_, definition) = await CreateAsync(Contoso, "employees who haven't opened any app in the last 7 days");

        var not = Assert.IsType<NotNode>(definition.Root);
        var accessed = Assert.IsType<SegmentCondition>(not.Child);
        Assert.Equal(("accessed_any_app", ConditionOperator.IsTrue), (accessed.Facet, accessed.Operator));
        Assert.Equal((AsOf.AddDays(-7), AsOf), Span(accessed));
    }

    [Fact]
    public async Task Opened_three_emails_but_didnt_click_any_shares_the_one_window_named()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who opened at least three emails in the last 30 days but didn't click any");

        var opens = IncludedOn(definition, "email_opens");
        Assert.Equal((ConditionOperator.Gte, "3"), (opens.Operator, Assert.Single(opens.Values)));
        var clicked = ExcludedOn(definition, "clicked_email");
        Assert.Equal(ConditionOperator.IsTrue, clicked.Operator);
        // One date named once applies to every event part without its own: no click in those same 30 days.
        Assert.Equal((AsOf.AddDays(-30), AsOf), Span(opens));
        Assert.Equal((AsOf.AddDays(-30), AsOf), Span(clicked));
    }

    // ---- Safety: named people, phone numbers and age wording where age is protected.

    [Theory]
    [InlineData(Dealflow, "show me everything the user Marcus Oyelaran did on deals this week", "pii")]
    [InlineData(Acme, "pull up the customer whose phone number is 415-555-0199", "pii")]
    [InlineData(Dealflow, "founders younger than 30 years old", "protected_attribute")]
    public async Task Requests_about_one_person_or_a_protected_age_are_refused(string tenant, string text, string category)
    {
        var reply = await SayAsync(tenant, text, Session());

        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal(category, reply.Refusal!.Category);
        Assert.Null(reply.Segment);
    }

    [Fact]
    public async Task Age_band_wording_is_a_segment_where_the_tenant_does_not_protect_age()
    {
        var (reply, definition) = await CreateAsync(Acme, "customers aged 25 to 34");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var age = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("age_band", ConditionOperator.In), (age.Facet, age.Operator));
        Assert.Equal(["25-34"], age.Values);
    }

    [Fact]
    public async Task Capitalised_catalog_words_after_customer_are_not_read_as_a_persons_name()
    {
        var (reply, definition) = await CreateAsync(Acme, "customer Lifetime Value over 500");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var value = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal(("predicted_clv", ConditionOperator.Gt), (value.Facet, value.Operator));
        Assert.Equal(["500"], value.Values);
    }

    [Fact]
    public async Task Diapers_and_wipes_in_the_same_order_is_one_order_holding_both()
    {
        var (_, definition) = await CreateAsync(Acme, "customers who bought diapers and wipes in the same order in the last 60 days");

        var condition = Assert.IsType<SegmentCondition>(definition.Root);
        Assert.Equal("category_purchased", condition.Facet);
        Assert.Equal(["Diapers"], condition.Values);
        var filter = Assert.Single(condition.SameEvent!);
        Assert.Equal(("category_purchased", ConditionOperator.In), (filter.Facet, filter.Operator));
        Assert.Equal(["Wipes"], filter.Values);
        Assert.Equal((new DateOnly(2026, 9, 23), new DateOnly(2026, 11, 22)), Span(condition));
    }

    [Fact]
    public async Task Engineers_hired_between_two_dates_put_the_period_on_the_hire_date()
    {
        var (_, definition) = await CreateAsync(Contoso, "engineers hired between March 1, 2025 and September 1, 2025");

        Assert.Equal(["Engineering"], IncludedOn(definition, "role_family").Values);
        var hired = IncludedOn(definition, "hire_date");
        Assert.Equal(ConditionOperator.Within, hired.Operator);
        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 9, 1)), Span(hired));
    }

    [Fact]
    public async Task Opening_Zoom_on_their_phone_is_a_device_not_a_phone_number()
    {
        var (reply, definition) = await CreateAsync(Contoso, "anyone who opened Zoom on their phone in the last 30 days");

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var zoom = IncludedOn(definition, "app_accessed");
        Assert.Equal(["zoom"], zoom.Values);
        Assert.Contains(zoom.SameEvent!, f => f.Facet == "login_device");
    }

    [Fact]
    public async Task A_licence_and_no_licence_of_the_same_app_is_pointed_out_not_returned()
    {
        var session = Session();

        var reply = await SayAsync(Contoso, "employees with a Jira license and without a Jira license", session);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Null(reply.Segment);
        Assert.Contains("exclude each other", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Audit, a => a.Step == "verify" && a.Detail.StartsWith("contradiction:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_word_no_catalog_text_knows_is_asked_about_never_dropped()
    {
        var session = Session();

        var reply = await SayAsync(Acme, "gold members who bought books in the last 30 days", session);

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
        Assert.Contains("\"books\"", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Audit, a => a.Step == "coverage" && a.Detail == "unused: books");
    }

    [Fact]
    public async Task A_licence_held_with_a_period_said_for_the_use_is_read_over_all_time()
    {
        var (_, definition) = await CreateAsync(Contoso, "staff with a Jira license who have not opened Jira in the past 45 days");

        Assert.Null(IncludedOn(definition, "license_assigned").Window);
        var notOpened = Assert.Single(Excluded(definition));
        Assert.Equal("app_accessed", notOpened.Facet);
        Assert.Equal((new DateOnly(2026, 10, 8), new DateOnly(2026, 11, 22)), Span(notOpened));
    }

    [Fact]
    public async Task Make_it_the_last_6_months_moves_a_hire_date_period_too()
    {
        var session = Session();
        await SayAsync(Contoso, "engineers hired in the last 90 days", session);

        var reply = await SayAsync(Contoso, "make it the last 6 months", session);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var hired = IncludedOn(await engine.DraftAsync(Contoso, session), "hire_date");
        Assert.Equal((new DateOnly(2026, 5, 22), new DateOnly(2026, 11, 22)), Span(hired));
    }

    private static string Session() => DemoTenantsEngineFixture.NewSession();

    private Task<ChatReply> SayAsync(string tenant, string text, string session) =>
        engine.SayAsync(tenant, text, session, $"{session}@{tenant}");

    private Task<(ChatReply Reply, SegmentDefinition Definition)> CreateAsync(string tenant, string text) => engine.CreateAsync(tenant, text);

    private async Task<long> CountAsync(string tenant, string sql)
    {
        // The engine's own connection settings, so the warehouse file is opened the same way it was for the estimate.
        await using var connection = await Warehouse.DuckDb(engine.WarehouseOf(tenant)).OpenAsync();
        await using var command = SegmentCommand.Create(connection, sql, []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
