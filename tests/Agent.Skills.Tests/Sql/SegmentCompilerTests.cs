using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
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

    private CompiledSegment Compile(SegmentDefinition definition) =>
        SegmentCompiler.Compile(definition, _shop.Tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);

    private Task<IReadOnlyList<string>> MembersAsync(SegmentDefinition definition) => RunAsync(Compile(definition));

    private async Task<IReadOnlyList<string>> RunAsync(CompiledSegment compiled)
    {
        await using var connection = await _shop.Warehouse.OpenAsync();
        return await SegmentCommand.MembersAsync(connection, compiled);
    }
}
