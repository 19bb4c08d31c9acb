using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Tenants;

/// <summary>
/// Conditions with same-event filters, compiled for the demo tenants and run on their generated warehouses, select
/// exactly the members of a reference query written by hand from the warehouse tables.
/// </summary>
public sealed class SameEventWarehouseTests : IClassFixture<GeneratedTenantWarehouses>
{
    private static readonly Dictionary<string, (string Tenant, SegmentNode Root, string ReferenceSql)> Cases = new(StringComparer.Ordinal)
    {
        ["acme online order over 150"] = (
            "acme-retail",
            Condition("purchase_channel", ConditionOperator.In, Window(2026, 10, 8), "online") with
            {
                SameEvent = [Filter("single_order_total", ConditionOperator.Gt, "150")],
            },
            """
            SELECT customer_id FROM customers c WHERE EXISTS (
              SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'online' AND o.total_amount > 150
                AND o.order_ts >= TIMESTAMP '2026-10-08' AND o.order_ts < TIMESTAMP '2026-11-22')
            """),
        ["acme diapers and wipes in the same order"] = (
            "acme-retail",
            Condition("category_purchased", ConditionOperator.In, Window(2025, 11, 22), "Diapers") with
            {
                SameEvent = [Filter("category_purchased", ConditionOperator.In, "Wipes")],
            },
            """
            SELECT customer_id FROM customers c WHERE EXISTS (
              SELECT 1 FROM order_items a JOIN order_items b ON b.order_id = a.order_id
              WHERE a.customer_id = c.customer_id AND a.category = 'Diapers' AND b.category = 'Wipes'
                AND a.order_ts >= TIMESTAMP '2025-11-22' AND a.order_ts < TIMESTAMP '2026-11-22')
            """),
        ["acme diapers without wipes in the order"] = (
            "acme-retail",
            Condition("category_purchased", ConditionOperator.In, Window(2025, 11, 22), "Diapers") with
            {
                SameEvent = [Filter("category_purchased", ConditionOperator.NotIn, "Wipes")],
            },
            """
            SELECT customer_id FROM customers c WHERE EXISTS (
              SELECT 1 FROM order_items a
              WHERE a.customer_id = c.customer_id AND a.category = 'Diapers'
                AND a.order_ts >= TIMESTAMP '2025-11-22' AND a.order_ts < TIMESTAMP '2026-11-22'
                AND NOT EXISTS (SELECT 1 FROM order_items b WHERE b.order_id = a.order_id AND b.category = 'Wipes'))
            """),
        ["acme coupon on an app order"] = (
            "acme-retail",
            Condition("used_coupon", ConditionOperator.IsTrue, Window(2026, 8, 24)) with
            {
                SameEvent = [Filter("purchase_channel", ConditionOperator.In, "app")],
            },
            """
            SELECT customer_id FROM customers c WHERE EXISTS (
              SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.used_coupon AND o.channel = 'app'
                AND o.order_ts >= TIMESTAMP '2026-08-24' AND o.order_ts < TIMESTAMP '2026-11-22')
            """),
        ["acme no store order over 200 without a coupon"] = (
            "acme-retail",
            new NotNode
            {
                Child = Condition("purchase_channel", ConditionOperator.In, Window(2025, 11, 22), "store") with
                {
                    SameEvent = [Filter("single_order_total", ConditionOperator.Gt, "200"), Filter("used_coupon", ConditionOperator.IsFalse)],
                },
            },
            """
            SELECT customer_id FROM customers c WHERE NOT EXISTS (
              SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'store' AND o.total_amount > 200
                AND NOT o.used_coupon AND o.order_ts >= TIMESTAMP '2025-11-22' AND o.order_ts < TIMESTAMP '2026-11-22')
            """),
        ["acme online spend over 500"] = (
            "acme-retail",
            Condition("total_spend", ConditionOperator.Gt, Window(2025, 11, 22), "500") with
            {
                SameEvent = [Filter("purchase_channel", ConditionOperator.In, "online")],
            },
            """
            SELECT o.customer_id FROM orders o
            WHERE o.channel = 'online' AND o.order_ts >= TIMESTAMP '2025-11-22' AND o.order_ts < TIMESTAMP '2026-11-22'
            GROUP BY o.customer_id HAVING SUM(o.total_amount) > 500
            """),
        ["acme clicked a pets newsletter"] = (
            "acme-retail",
            Condition("clicked_email", ConditionOperator.IsTrue, Window(2026, 5, 26)) with
            {
                SameEvent = [Filter("campaign_theme_engaged", ConditionOperator.In, "pets")],
            },
            """
            SELECT customer_id FROM customers c WHERE EXISTS (
              SELECT 1 FROM email_events e JOIN email_campaigns m ON m.campaign_id = e.campaign_id
              WHERE e.customer_id = c.customer_id AND e.event_type = 'click' AND m.theme = 'pets'
                AND e.event_ts >= TIMESTAMP '2026-05-26' AND e.event_ts < TIMESTAMP '2026-11-22')
            """),
        ["contoso opened zoom on a phone"] = (
            "contoso-workforce",
            Condition("app_accessed", ConditionOperator.In, Window(2026, 10, 23), "zoom") with
            {
                SameEvent = [Filter("login_device", ConditionOperator.In, "mobile")],
            },
            """
            SELECT employee_id FROM employees p WHERE EXISTS (
              SELECT 1 FROM sso_events s WHERE s.actor_id = p.employee_id AND s.event_type = 'app.access'
                AND s.target_app = 'zoom' AND s.device = 'mobile'
                AND s.published >= TIMESTAMP '2026-10-23' AND s.published < TIMESTAMP '2026-11-22')
            """),
        ["contoso failed access to an engineering app"] = (
            "contoso-workforce",
            Condition("had_failed_login", ConditionOperator.IsTrue, Window(2026, 8, 24)) with
            {
                SameEvent = [Filter("app_category_accessed", ConditionOperator.In, "Engineering")],
            },
            """
            SELECT employee_id FROM employees p WHERE EXISTS (
              SELECT 1 FROM sso_events s JOIN apps a ON a.app_id = s.target_app
              WHERE s.actor_id = p.employee_id AND s.outcome = 'FAILURE' AND s.event_type = 'app.access' AND a.category = 'Engineering'
                AND s.published >= TIMESTAMP '2026-08-24' AND s.published < TIMESTAMP '2026-11-22')
            """),
        ["contoso admin seat on jira or linear, any time"] = (
            "contoso-workforce",
            new SegmentCondition
            {
                SourceText = "admins of Jira or Linear",
                Facet = "license_assigned",
                Operator = ConditionOperator.In,
                Values = ["jira", "linear"],
                SameEvent = [Filter("license_tier", ConditionOperator.In, "admin")],
            },
            """
            SELECT employee_id FROM employees p WHERE EXISTS (
              SELECT 1 FROM licenses l WHERE l.employee_id = p.employee_id AND l.app_id IN ('jira', 'linear') AND l.tier = 'admin')
            """),
        ["contoso more than a dozen licences, any time"] = (
            "contoso-workforce",
            new SegmentCondition { SourceText = "more than a dozen licenses", Facet = "license_count", Operator = ConditionOperator.Gt, Values = ["12"] },
            "SELECT employee_id FROM licenses GROUP BY employee_id HAVING COUNT(*) > 12"),
        ["dealflow accepted an offer on an ai or climate deal"] = (
            "dealflow",
            Condition("accepted_offer", ConditionOperator.IsTrue, Window(2026, 10, 23)) with
            {
                SameEvent = [Filter("deal_sector_engaged", ConditionOperator.In, "ai", "climate")],
            },
            """
            SELECT user_id FROM users u WHERE EXISTS (
              SELECT 1 FROM events v JOIN deals d ON d.deal_id = v.deal_id
              WHERE v.user_id = u.user_id AND v.event_type = 'accept' AND d.sector IN ('ai', 'climate')
                AND v.event_ts >= TIMESTAMP '2026-10-23' AND v.event_ts < TIMESTAMP '2026-11-22')
            """),
        ["dealflow revised offers twice on seed deals"] = (
            "dealflow",
            Condition("offer_revisions", ConditionOperator.Gte, Window(2026, 10, 23), "2") with
            {
                SameEvent = [Filter("deal_round_engaged", ConditionOperator.In, "seed")],
            },
            """
            SELECT v.user_id FROM events v JOIN deals d ON d.deal_id = v.deal_id
            WHERE v.event_type = 'revise_offer' AND d.round = 'seed'
              AND v.event_ts >= TIMESTAMP '2026-10-23' AND v.event_ts < TIMESTAMP '2026-11-22'
            GROUP BY v.user_id HAVING COUNT(DISTINCT v.event_id) >= 2
            """),
    };

    private readonly GeneratedTenantWarehouses _warehouses;

    public SameEventWarehouseTests(GeneratedTenantWarehouses warehouses)
    {
        _warehouses = warehouses;
    }

    public static TheoryData<string> Names() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Same_event_definition_selects_exactly_the_members_of_its_reference_query(string name)
    {
        // Arrange
        var (tenantId, root, referenceSql) = Cases[name];
        var tenant = GeneratedTenantWarehouses.Tenant(tenantId);
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = root }, tenant, SqlDialect.DuckDb, GeneratedTenantWarehouses.AsOf);
        await using var connection = await _warehouses.For(tenantId).OpenAsync();

        // Act
        var members = await SegmentCommand.MembersAsync(connection, compiled);
        var display = await SegmentCommand.MembersAsync(connection, compiled with { Sql = compiled.DisplaySql, Parameters = [] });
        var reference = await SegmentCommand.MembersAsync(connection, compiled with { Sql = referenceSql, Parameters = [] });
        var population = await SegmentCommand.MembersAsync(connection, compiled with { Sql = $"SELECT {tenant.Config.Entity.Key} FROM {tenant.Config.Entity.Table}", Parameters = [] });

        // Assert
        Assert.True(reference.Count > 0 && reference.Count < population.Count, $"{name}: the reference selects {reference.Count} of {population.Count}; pick a case that tells members apart");
        Assert.Equal(reference, members);
        Assert.Equal(members, display);
    }

    [Fact]
    public async Task One_online_order_over_150_is_rarer_than_an_online_order_and_some_order_over_150()
    {
        // Arrange
        var tenant = GeneratedTenantWarehouses.Tenant("acme-retail");
        var window = Window(2026, 10, 8);
        var sameOrder = Condition("purchase_channel", ConditionOperator.In, window, "online") with { SameEvent = [Filter("single_order_total", ConditionOperator.Gt, "150")] };
        var anyOrders = new AndNode { Children = [Condition("purchase_channel", ConditionOperator.In, window, "online"), Condition("single_order_total", ConditionOperator.Gt, window, "150")] };
        await using var connection = await _warehouses.For("acme-retail").OpenAsync();

        // Act
        var same = await SegmentCommand.MembersAsync(connection, SegmentCompiler.Compile(new SegmentDefinition { Root = sameOrder }, tenant, SqlDialect.DuckDb, GeneratedTenantWarehouses.AsOf));
        var independent = await SegmentCommand.MembersAsync(connection, SegmentCompiler.Compile(new SegmentDefinition { Root = anyOrders }, tenant, SqlDialect.DuckDb, GeneratedTenantWarehouses.AsOf));

        // Assert
        Assert.Subset(independent.ToHashSet(StringComparer.Ordinal), same.ToHashSet(StringComparer.Ordinal));
        Assert.True(same.Count < independent.Count, $"same order {same.Count}, any orders {independent.Count}");
    }

    private static TimeWindow Window(int year, int month, int day) =>
        new() { Start = new DateOnly(year, month, day), End = GeneratedTenantWarehouses.AsOf };

    private static SegmentCondition Condition(string facet, ConditionOperator op, TimeWindow window, params string[] values) =>
        new() { SourceText = facet, Facet = facet, Operator = op, Values = values, Window = window };

    private static EventFilter Filter(string facet, ConditionOperator op, params string[] values) =>
        new() { Facet = facet, Operator = op, Values = values };
}
