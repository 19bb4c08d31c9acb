using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Sql.Writing;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Warehouses;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Sql;

public sealed class SegmentCompilerTests : IClassFixture<ShopfrontWarehouse>
{
    private readonly ShopfrontWarehouse _shop;

    public SegmentCompilerTests(ShopfrontWarehouse shop)
    {
        _shop = shop;
    }

    [Fact]
    public async Task Attribute_list_matches_listed_values()
    {
        Assert.Equal(["1", "3"], await MembersAsync(Segment(Attr("tier", ConditionOperator.In, "gold"))));
    }

    [Fact]
    public async Task Attribute_values_match_by_label_and_synonym()
    {
        Assert.Equal(["1", "3"], await MembersAsync(Segment(Attr("tier", ConditionOperator.In, "Gold members"))));
    }

    [Fact]
    public async Task Not_in_keeps_entities_whose_attribute_is_missing()
    {
        Assert.Equal(["2", "4", "5"], await MembersAsync(Segment(Attr("tier", ConditionOperator.NotIn, "gold"))));
    }

    [Fact]
    public async Task Negating_a_condition_gives_exactly_the_complement_even_with_nulls()
    {
        Assert.Equal(["2", "3", "4"], await MembersAsync(Segment(Not(Attr("vip", ConditionOperator.IsTrue)))));
        Assert.Equal(["2", "3", "4"], await MembersAsync(Segment(Not(Attr("score", ConditionOperator.Gt, "0.6")))));
    }

    [Fact]
    public async Task Boolean_attribute_false_excludes_unknown()
    {
        Assert.Equal(["2", "4"], await MembersAsync(Segment(Attr("vip", ConditionOperator.IsFalse))));
    }

    [Fact]
    public async Task Date_attribute_within_window_is_half_open()
    {
        var condition = Attr("signup_date", ConditionOperator.Within) with { Window = TimeWindow.Trailing(30, ShopfrontWarehouse.AsOf, "in the last 30 days") };
        Assert.Equal(["2", "5"], await MembersAsync(Segment(condition)));
    }

    [Fact]
    public async Task Bought_department_in_window_counts_only_events_inside_it()
    {
        Assert.Equal(["1"], await MembersAsync(Segment(Event("department_purchased", ConditionOperator.In, 30, "Baby"))));
        Assert.Equal(["1", "3"], await MembersAsync(Segment(Event("department_purchased", ConditionOperator.In, 365, "Baby"))));
    }

    [Fact]
    public async Task Event_on_the_as_of_date_is_outside_trailing_windows()
    {
        Assert.Equal(["2"], await MembersAsync(Segment(Event("single_order_total", ConditionOperator.Gt, 30, "500"))));
    }

    [Fact]
    public async Task Event_without_window_uses_tenant_default_and_states_the_assumption()
    {
        var compiled = Compile(Segment(Event("department_purchased", ConditionOperator.In, null, "Baby")));

        var members = await RunAsync(compiled);

        Assert.Equal(["1", "3"], members);
        var assumption = Assert.Single(compiled.Assumptions);
        Assert.Contains("365 days", assumption, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 11, 22), compiled.Definition.Conditions()[0].Window!.Start);
    }

    [Fact]
    public async Task Frequency_per_week_requires_ceil_k_times_days_over_seven_events()
    {
        var twiceAWeek = Event("department_purchased", ConditionOperator.In, 28, "Baby") with
        {
            Frequency = new Frequency { Count = 2, Per = FrequencyPeriod.Week, Expression = "at least twice a week" },
        };
        var onceAWeek = twiceAWeek with { Frequency = twiceAWeek.Frequency! with { Count = 1 } };

        Assert.Empty(await MembersAsync(Segment(twiceAWeek)));
        Assert.Equal(["1"], await MembersAsync(Segment(onceAWeek)));
    }

    [Fact]
    public async Task Frequency_without_window_uses_default_frequency_window()
    {
        var condition = Event("department_purchased", ConditionOperator.In, null, "Baby") with
        {
            Frequency = new Frequency { Count = 1, Per = FrequencyPeriod.Week },
        };

        var compiled = Compile(Segment(condition));

        Assert.Equal(28, compiled.Definition.Conditions()[0].Window!.Days);
        Assert.Contains("frequency", Assert.Single(compiled.Assumptions), StringComparison.Ordinal);
        Assert.Equal(["1"], await RunAsync(compiled));
    }

    [Fact]
    public async Task Spend_on_department_sums_item_amounts_in_window()
    {
        SegmentCondition Spent(decimal amount) => Event("department_purchased", ConditionOperator.In, 30, "Baby") with
        {
            Aggregate = new AggregateThreshold { Operator = ConditionOperator.Gt, Values = [amount] },
        };

        Assert.Equal(["1"], await MembersAsync(Segment(Spent(150))));
        Assert.Empty(await MembersAsync(Segment(Spent(200))));
    }

    [Fact]
    public async Task Total_spend_below_threshold_includes_entities_with_no_orders()
    {
        Assert.Equal(["3", "4", "5"], await MembersAsync(Segment(Event("total_spend", ConditionOperator.Lt, 30, "100"))));
    }

    [Fact]
    public async Task No_purchase_in_last_90_days_is_absence()
    {
        Assert.Equal(["3", "4", "5"], await MembersAsync(Segment(Event("purchased_anything", ConditionOperator.IsFalse, 90))));
    }

    [Fact]
    public async Task Order_count_between_is_inclusive()
    {
        Assert.Equal(["1", "2"], await MembersAsync(Segment(Event("order_count", ConditionOperator.Between, 365, "2", "4"))));
    }

    [Fact]
    public async Task Average_order_value_never_matches_entities_without_orders()
    {
        Assert.Equal(["1"], await MembersAsync(Segment(Event("average_order_value", ConditionOperator.Lt, 365, "100"))));
    }

    [Fact]
    public async Task Did_not_buy_department_is_absence_in_window()
    {
        Assert.Equal(["2", "4", "5"], await MembersAsync(Segment(Event("department_purchased", ConditionOperator.NotIn, 365, "Baby"))));
    }

    [Fact]
    public async Task Catalog_filter_on_boolean_column_selects_flagged_events()
    {
        Assert.Equal(["1", "2"], await MembersAsync(Segment(Event("coupon_order", ConditionOperator.IsTrue, 365))));
    }

    [Fact]
    public async Task Nested_and_or_not_combine_attribute_and_event_conditions()
    {
        var definition = Segment(And(
            Or(Attr("tier", ConditionOperator.In, "gold"), Attr("state", ConditionOperator.In, "CA")),
            Not(Event("department_purchased", ConditionOperator.In, 30, "Baby"))));

        var compiled = Compile(definition);

        Assert.Equal("(C1 OR C2) AND NOT C3", compiled.Logic);
        Assert.Equal(["2", "3", "5"], await RunAsync(compiled));
    }

    [Fact]
    public async Task Or_of_event_conditions_unions_their_members()
    {
        var definition = Segment(Or(
            Event("department_purchased", ConditionOperator.In, 30, "Electronics"),
            Event("department_purchased", ConditionOperator.In, 365, "Toys")));

        Assert.Equal(["1", "2"], await MembersAsync(definition));
    }

    [Fact]
    public async Task Event_list_on_order_column_matches_channel()
    {
        Assert.Equal(["1"], await MembersAsync(Segment(Event("purchase_channel", ConditionOperator.In, 30, "store"))));
    }

    [Fact]
    public async Task Display_sql_runs_as_is_and_returns_the_same_members_as_the_parameterized_sql()
    {
        var definition = Segment(And(
            Attr("tier", ConditionOperator.In, "gold", "silver"),
            Event("total_spend", ConditionOperator.Gte, 365, "100")));
        var compiled = Compile(definition);

        await using var connection = await _shop.Warehouse.OpenAsync();
        var display = await SegmentCommand.MembersAsync(connection, compiled with { Sql = compiled.DisplaySql, Parameters = [] });

        Assert.DoesNotContain("$", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.NotEmpty(compiled.Parameters);
        Assert.Equal(await RunAsync(compiled), display);
        Assert.Equal(["1", "2", "3"], display);
    }

    [Fact]
    public async Task User_text_in_values_is_bound_never_spliced()
    {
        var hostile = "x'); DROP TABLE customers; --";
        var definition = Segment(Attr("tier", ConditionOperator.In, "gold") with { SourceText = hostile });

        var compiled = Compile(definition);

        Assert.DoesNotContain(hostile, compiled.Sql, StringComparison.Ordinal);
        Assert.Equal(["1", "3"], await RunAsync(compiled));
    }

    [Fact]
    public void Display_sql_quotes_string_literals()
    {
        Assert.Equal("'O''Brien'", SqlWriter.Literal("O'Brien"));
        Assert.Equal("DATE '2026-10-23'", SqlWriter.Literal(new DateOnly(2026, 10, 23)));
    }

    [Fact]
    public void Segment_sql_selects_only_the_entity_key()
    {
        var compiled = Compile(Segment(Attr("tier", ConditionOperator.In, "gold")));

        Assert.StartsWith("SELECT t.customer_id\nFROM customers AS t", compiled.Sql, StringComparison.Ordinal);
        Assert.Equal("customer_id", compiled.KeyColumn);
    }

    [Fact]
    public void Description_reads_the_catalog_names_and_window()
    {
        var definition = Segment(And(
            Attr("tier", ConditionOperator.In, "gold"),
            Event("department_purchased", ConditionOperator.In, 30, "Baby") with
            {
                Frequency = new Frequency { Count = 1, Per = FrequencyPeriod.Week },
            }));

        var description = Compile(definition).Description;

        Assert.Equal(
            "Customers where Loyalty Tier is Gold and Department Purchased includes Baby, at least 5 times (1 a week) from 23 Oct 2026 to 21 Nov 2026.",
            description);
    }

    [Fact]
    public async Task Same_event_money_filter_holds_on_one_order_not_on_any_two()
    {
        // Arrange: customers 1 and 2 have a store order and, separately, an order over $100; only 3 has a store order over $100.
        var sameOrder = Event("purchase_channel", ConditionOperator.In, 365, "store").SameEvent(On("single_order_total", ConditionOperator.Gt, "100"));
        var anyOrders = And(Event("purchase_channel", ConditionOperator.In, 365, "store"), Event("single_order_total", ConditionOperator.Gt, 365, "100"));

        // Act
        var same = await MembersAsync(Segment(sameOrder));
        var independent = await MembersAsync(Segment(anyOrders));

        // Assert
        Assert.Equal(["3"], same);
        Assert.Equal(["1", "2", "3"], independent);
    }

    [Fact]
    public async Task Same_event_list_filter_on_a_boolean_condition_needs_a_coupon_order_in_that_channel()
    {
        // Arrange: both coupon orders (2 and 6) were in store.
        SegmentCondition CouponOrderIn(string channel) =>
            Event("coupon_order", ConditionOperator.IsTrue, 365).SameEvent(On("purchase_channel", ConditionOperator.In, channel));

        // Act
        var online = await MembersAsync(Segment(CouponOrderIn("online")));
        var store = await MembersAsync(Segment(CouponOrderIn("store")));

        // Assert
        Assert.Empty(online);
        Assert.Equal(["1", "2"], store);
    }

    [Fact]
    public async Task Same_event_is_false_keeps_only_events_outside_the_boolean_facets_filters()
    {
        // Arrange: store orders without a coupon are 3 (customer 1) and 7 (customer 3); customer 2's store order used one.
        var condition = Event("purchase_channel", ConditionOperator.In, 365, "store").SameEvent(On("coupon_order", ConditionOperator.IsFalse));

        // Act
        var members = await MembersAsync(Segment(condition));

        // Assert
        Assert.Equal(["1", "3"], members);
    }

    [Fact]
    public async Task Negating_a_same_event_condition_gives_its_exact_complement()
    {
        // Arrange
        var storeOrderOver100 = Event("purchase_channel", ConditionOperator.In, 365, "store").SameEvent(On("single_order_total", ConditionOperator.Gt, "100"));

        // Act
        var compiled = Compile(Segment(Not(storeOrderOver100)));
        var members = await RunAsync(compiled);

        // Assert
        Assert.Equal("NOT C1", compiled.Logic);
        Assert.Equal(["1", "2", "4", "5"], members);
    }

    [Fact]
    public async Task Not_in_with_a_same_event_filter_is_the_absence_of_such_events()
    {
        // Arrange: "no online order over $100 in the last 30 days" — orders 1 (customer 1) and 5 (customer 2) are.
        var condition = Event("purchase_channel", ConditionOperator.NotIn, 30, "online").SameEvent(On("single_order_total", ConditionOperator.Gt, "100"));

        // Act
        var members = await MembersAsync(Segment(condition));

        // Assert
        Assert.Equal(["3", "4", "5"], members);
    }

    [Fact]
    public async Task Same_event_filter_from_the_joined_source_reads_the_order_lines_of_the_same_order()
    {
        // Arrange: online orders with a Baby line are 1 and 4 (customer 1); customer 2's Toys were bought in store.
        var onlineBaby = Event("purchase_channel", ConditionOperator.In, 365, "online").SameEvent(On("department_purchased", ConditionOperator.In, "Baby"));
        var storeToys = Event("purchase_channel", ConditionOperator.In, 365, "store").SameEvent(On("department_purchased", ConditionOperator.In, "Toys"));

        // Act
        var compiled = Compile(Segment(onlineBaby));
        var baby = await RunAsync(compiled);
        var toys = await MembersAsync(Segment(storeToys));

        // Assert
        Assert.Contains("FROM orders AS e JOIN order_items AS j ON j.order_id = e.order_id", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.Equal(["1"], baby);
        Assert.Equal(["2"], toys);
    }

    [Fact]
    public async Task Same_facet_filter_means_another_line_of_the_same_order()
    {
        // Arrange: only order 1 has both a Baby and a Toys line; orders 2, 3, 4 and 7 have Baby and no Toys.
        var babyAndToys = Event("department_purchased", ConditionOperator.In, 365, "Baby").SameEvent(On("department_purchased", ConditionOperator.In, "Toys"));
        var babyWithoutToys = Event("department_purchased", ConditionOperator.In, 365, "Baby").SameEvent(On("department_purchased", ConditionOperator.NotIn, "Toys"));

        // Act
        var compiled = Compile(Segment(babyAndToys));
        var together = await RunAsync(compiled);
        var apart = await MembersAsync(Segment(babyWithoutToys));

        // Assert
        Assert.Contains("EXISTS (SELECT 1 FROM orders AS s1 JOIN order_items AS s1j ON s1j.order_id = s1.order_id WHERE s1.order_id = e.order_id", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.Equal(["1"], together);
        Assert.Equal(["1", "3"], apart);
    }

    [Fact]
    public async Task Number_and_money_conditions_aggregate_only_the_events_that_pass_the_same_event_filters()
    {
        // Arrange: store orders per customer in the year: 1 has two (2, 3); online spend: 1 spent 145, 2 spent 600.
        var twoStoreOrders = Event("order_count", ConditionOperator.Gte, 365, "2").SameEvent(On("purchase_channel", ConditionOperator.In, "store"));
        var onlineSpendOver150 = Event("total_spend", ConditionOperator.Gt, 365, "150").SameEvent(On("purchase_channel", ConditionOperator.In, "online"));

        // Act
        var orders = await MembersAsync(Segment(twoStoreOrders));
        var spend = await MembersAsync(Segment(onlineSpendOver150));

        // Assert
        Assert.Equal(["1"], orders);
        Assert.Equal(["2"], spend);
    }

    [Fact]
    public async Task Frequency_and_amount_count_only_events_that_pass_the_same_event_filters()
    {
        // Arrange: customer 1's Baby lines in online orders total 125 (orders 1 and 4); in store, two orders (2, 3).
        SegmentCondition BabyOnlineOver(decimal amount) => Event("department_purchased", ConditionOperator.In, 365, "Baby") with
        {
            Aggregate = new AggregateThreshold { Operator = ConditionOperator.Gt, Values = [amount] },
            SameEvent = [On("purchase_channel", ConditionOperator.In, "online")],
        };
        var twiceInStore = Event("department_purchased", ConditionOperator.In, 365, "Baby") with
        {
            Frequency = new Frequency { Count = 2 },
            SameEvent = [On("purchase_channel", ConditionOperator.In, "store")],
        };

        // Act
        var over100 = await MembersAsync(Segment(BabyOnlineOver(100)));
        var over130 = await MembersAsync(Segment(BabyOnlineOver(130)));
        var frequent = await MembersAsync(Segment(twiceInStore));

        // Assert
        Assert.Equal(["1"], over100);
        Assert.Empty(over130);
        Assert.Equal(["1"], frequent);
    }

    [Fact]
    public async Task Same_event_values_are_bound_and_the_display_sql_selects_the_same_members()
    {
        // Arrange
        var condition = Event("purchase_channel", ConditionOperator.In, 365, "store").SameEvent(
            On("single_order_total", ConditionOperator.Gt, "100"),
            On("coupon_order", ConditionOperator.IsFalse));
        var compiled = Compile(Segment(condition));

        // Act
        var bound = await RunAsync(compiled);
        await using var connection = await _shop.Warehouse.OpenAsync();
        var display = await SegmentCommand.MembersAsync(connection, compiled with { Sql = compiled.DisplaySql, Parameters = [] });

        // Assert
        Assert.DoesNotContain("'store'", compiled.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("> 100", compiled.Sql, StringComparison.Ordinal);
        Assert.Contains("e.channel IN ('store') AND (e.total_amount > 100) AND NOT COALESCE(e.used_coupon IN (TRUE), FALSE)", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.Equal(["3"], bound);
        Assert.Equal(bound, display);
    }

    [Fact]
    public void Same_event_values_are_normalized_to_their_catalog_spelling()
    {
        // Arrange
        var condition = Event("purchase_channel", ConditionOperator.In, 30, "store").SameEvent(On("department_purchased", ConditionOperator.In, "baby"));

        // Act
        var compiled = Compile(Segment(condition));

        // Assert
        Assert.Equal(["Baby"], compiled.Definition.Conditions()[0].SameEvent![0].Values);
    }

    [Fact]
    public void Acme_online_order_over_150_filters_one_order_row_by_channel_and_total()
    {
        // Arrange: "a single online order over $150 in the last 45 days"
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = Event("purchase_channel", ConditionOperator.In, 45, "online").SameEvent(On("single_order_total", ConditionOperator.Gt, "150"));

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.Postgres, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Contains(
            "SELECT e.customer_id AS entity_key FROM orders AS e WHERE e.order_ts >= DATE '2026-10-08' AND e.order_ts < DATE '2026-11-22' AND e.channel IN ('online') AND (e.total_amount > 150) GROUP BY e.customer_id",
            compiled.DisplaySql,
            StringComparison.Ordinal);
        Assert.Contains("e.channel IN ($3) AND (e.total_amount > $4)", compiled.Sql, StringComparison.Ordinal);
        Assert.Equal(["online", 150m], compiled.Parameters.Skip(2));
    }

    [Fact]
    public void Contoso_app_and_device_filter_the_same_sso_event()
    {
        // Arrange: "opened Zoom on their phone"
        var tenant = RepositoryTenants.Directory.Get("contoso-workforce");
        var condition = Event("app_accessed", ConditionOperator.In, 30, "zoom").SameEvent(On("login_device", ConditionOperator.In, "phone"));

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Contains(
            "FROM sso_events AS e WHERE e.published >= DATE '2026-10-23' AND e.published < DATE '2026-11-22' AND e.event_type IN ('app.access') AND e.target_app IN ('zoom') AND (e.device IN ('mobile')) GROUP BY e.actor_id",
            compiled.DisplaySql,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_that_needs_the_joined_table_reads_the_joined_source()
    {
        // Arrange: "a failed sign-in to a CRM app": had_failed_login reads sso, the app category needs apps.
        var tenant = RepositoryTenants.Directory.Get("contoso-workforce");
        var condition = Event("had_failed_login", ConditionOperator.IsTrue, 30).SameEvent(On("app_category_accessed", ConditionOperator.In, "CRM"));

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Contains(
            "FROM sso_events AS e JOIN apps AS j ON j.app_id = e.target_app WHERE e.published >= DATE '2026-10-23' AND e.published < DATE '2026-11-22' AND e.outcome IN ('FAILURE') AND (e.event_type IN ('app.access') AND j.category IN ('CRM'))",
            compiled.DisplaySql,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Acme_coupon_order_in_a_channel_filters_one_order_by_both()
    {
        // Arrange: "used a coupon on an online order"
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = Event("used_coupon", ConditionOperator.IsTrue, 30).SameEvent(On("purchase_channel", ConditionOperator.In, "online"));

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Contains("FROM orders AS e WHERE e.order_ts >= DATE '2026-10-23' AND e.order_ts < DATE '2026-11-22' AND e.used_coupon IN (TRUE) AND (e.channel IN ('online'))", compiled.DisplaySql, StringComparison.Ordinal);
    }

    [Fact]
    public void Acme_diapers_and_wipes_in_the_same_order_correlate_two_lines_by_order_id()
    {
        // Arrange
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = Event("category_purchased", ConditionOperator.In, 90, "Diapers").SameEvent(On("category_purchased", ConditionOperator.In, "Wipes"));

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Contains(
            "AND e.category IN ('Diapers') AND EXISTS (SELECT 1 FROM order_items AS s1 WHERE s1.order_id = e.order_id AND s1.customer_id = e.customer_id AND s1.category IN ('Wipes'))",
            compiled.DisplaySql,
            StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string[], string, string> RejectedFilters() => new()
    {
        { "acme-retail", "purchase_channel", "opened_email", ["is_true"], "C1.same_event[0].facet", "Opened an Email is read from email_events events, not from the orders events of Purchase Channel" },
        { "acme-retail", "purchase_channel", "order_chanel", ["in", "online"], "C1.same_event[0].facet", "unknown facet 'order_chanel'" },
        { "acme-retail", "purchase_channel", "loyalty_tier", ["in", "gold"], "C1.same_event[0].facet", "Loyalty Tier is an attribute, not an event facet" },
        { "acme-retail", "purchase_channel", "single_order_total", ["in", "150"], "C1.same_event[0].operator", "'in' cannot be used with Single Order Total" },
        { "acme-retail", "purchase_channel", "store_state", ["in", "Atlantis"], "C1.same_event[0].values[0]", "'Atlantis' is not a value of Store State" },
        { "acme-retail", "purchase_channel", "order_count", ["gt", "2"], "C1.same_event[0].facet", "Order Count counts events, so one event has no value of it" },
        { "acme-retail", "campaign_theme_engaged", "campaign_theme_engaged", ["in", "pets"], "C1.same_event[0].facet", "email_events has no event id" },
        { "acme-retail", "used_coupon", "used_coupon", ["is_true"], "C1.same_event[0].facet", "Used a Coupon names the condition's own yes/no facet" },
        { "contoso-workforce", "app_accessed", "license_assigned", ["in", "jira"], "C1.same_event[0].facet", "License Assigned is read from licenses events, not from the sso_events events of App Accessed" },
    };

    [Theory]
    [MemberData(nameof(RejectedFilters))]
    public void Validator_rejects_a_same_event_filter_naming_the_facet_and_the_reason(string tenantId, string facet, string filterFacet, string[] filter, string path, string message)
    {
        // Arrange
        var tenant = RepositoryTenants.Directory.Get(tenantId);
        var conditionFacet = tenant.Catalog.Find(facet)!;
        Assert.True(SnakeCase.TryParseEnum<ConditionOperator>(filter[0], out var op));
        var condition = FacetConditions.For(conditionFacet, conditionFacet.Operators[0]).SameEvent(On(filterFacet, op, filter[1..]));

        // Act
        var error = Assert.Throws<SegmentValidationException>(() => SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf));

        // Assert
        var issue = Assert.Single(error.Issues);
        Assert.Equal(path, issue.Path);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_rejects_same_event_filters_on_an_attribute_condition()
    {
        // Arrange
        var condition = Attr("tier", ConditionOperator.In, "gold").SameEvent(On("purchase_channel", ConditionOperator.In, "online"));

        // Act
        var error = Assert.Throws<SegmentValidationException>(() => Compile(Segment(condition)));

        // Assert
        var issue = Assert.Single(error.Issues);
        Assert.Equal("C1.same_event", issue.Path);
        Assert.Contains("Loyalty Tier is an attribute", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void State_facet_without_a_window_reads_all_its_rows_and_assumes_nothing()
    {
        // Arrange: "has a Jira licence"
        var tenant = RepositoryTenants.Directory.Get("contoso-workforce");
        var condition = Event("license_assigned", ConditionOperator.In, null, "jira");

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Empty(compiled.Assumptions);
        Assert.Null(compiled.Definition.Conditions()[0].Window);
        Assert.Contains("(SELECT e.employee_id AS entity_key FROM licenses AS e WHERE e.app_id IN ('jira') GROUP BY e.employee_id)", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.DoesNotContain("assigned_date", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.Equal("Employees where License Assigned includes Jira.", compiled.Description);
    }

    [Fact]
    public void State_facet_keeps_a_window_the_user_gave_and_a_rate_still_gets_the_frequency_default()
    {
        // Arrange: "provisioned Jira in the last 30 days" and "assigned licences twice a week"
        var tenant = RepositoryTenants.Directory.Get("contoso-workforce");
        var provisioned = Event("license_assigned", ConditionOperator.In, 30, "jira");
        var rate = Event("license_assigned", ConditionOperator.In, null, "jira") with { Frequency = new Frequency { Count = 2, Per = FrequencyPeriod.Week } };

        // Act
        var recent = SegmentCompiler.Compile(Segment(provisioned), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);
        var weekly = SegmentCompiler.Compile(Segment(rate), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Contains("e.assigned_date >= DATE '2026-10-23'", recent.DisplaySql, StringComparison.Ordinal);
        Assert.Equal(tenant.Config.Dates.DefaultFrequencyWindowDays, weekly.Definition.Conditions()[0].Window!.Days);
        Assert.Contains("frequency", Assert.Single(weekly.Assumptions), StringComparison.Ordinal);
    }

    [Fact]
    public void State_facet_count_over_all_time_compares_every_licence()
    {
        // Arrange: "holds more than 10 licences"
        var tenant = RepositoryTenants.Directory.Get("contoso-workforce");
        var condition = Event("license_count", ConditionOperator.Gt, null, "10");

        // Act
        var compiled = SegmentCompiler.Compile(Segment(condition), tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

        // Assert
        Assert.Empty(compiled.Assumptions);
        Assert.Contains("(SELECT e.employee_id AS entity_key, COUNT(*) AS measure_value FROM licenses AS e GROUP BY e.employee_id)", compiled.DisplaySql, StringComparison.Ordinal);
    }

    private CompiledSegment Compile(SegmentDefinition definition) =>
        SegmentCompiler.Compile(definition, _shop.Tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

    private Task<IReadOnlyList<string>> MembersAsync(SegmentDefinition definition) => RunAsync(Compile(definition));

    private async Task<IReadOnlyList<string>> RunAsync(CompiledSegment compiled)
    {
        await using var connection = await _shop.Warehouse.OpenAsync();
        return await SegmentCommand.MembersAsync(connection, compiled);
    }
}
