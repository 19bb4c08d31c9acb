namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class AcmeRetailContractTests(AcmeRetailWarehouseFixture warehouse) : IClassFixture<AcmeRetailWarehouseFixture>
{
    public static TheoryData<string, string> ContractColumns() => new()
    {
        { "customers", "customer_id BIGINT, first_name VARCHAR, last_name VARCHAR, email VARCHAR, birth_date DATE, age_band VARCHAR, gender VARCHAR, state VARCHAR, city VARCHAR, region VARCHAR, zip VARCHAR, signup_date DATE, loyalty_tier VARCHAR, acme_plus_member BOOLEAN, household_size SMALLINT, has_children BOOLEAN, has_pets BOOLEAN, email_opt_in BOOLEAN, sms_opt_in BOOLEAN, push_opt_in BOOLEAN, preferred_channel VARCHAR, churn_score DOUBLE, electronics_affinity DOUBLE, income_band VARCHAR, home_owner BOOLEAN, acme_credit_card BOOLEAN, app_installed BOOLEAN, baby_affinity DOUBLE, pet_affinity DOUBLE, beauty_affinity DOUBLE, coupon_propensity DOUBLE, predicted_clv DOUBLE, engagement_score DOUBLE" },
        { "orders", "order_id BIGINT, customer_id BIGINT, order_ts TIMESTAMP, channel VARCHAR, store_state VARCHAR, total_amount DECIMAL(10,2), item_count INTEGER, used_coupon BOOLEAN" },
        { "order_items", "order_id BIGINT, line_no INTEGER, department VARCHAR, category VARCHAR, quantity INTEGER, amount DECIMAL(10,2), customer_id BIGINT, order_ts TIMESTAMP" },
        { "email_events", "customer_id BIGINT, campaign_id VARCHAR, event_ts TIMESTAMP, event_type VARCHAR" },
        { "email_campaigns", "campaign_id VARCHAR, campaign_name VARCHAR, theme VARCHAR, send_date DATE" },
        { "web_events", "customer_id BIGINT, event_ts TIMESTAMP, event_type VARCHAR, department VARCHAR, device VARCHAR" },
        { "returns", "return_id BIGINT, order_id BIGINT, customer_id BIGINT, return_ts TIMESTAMP, amount DECIMAL(10,2), reason VARCHAR" },
        { "_warehouse_info", "tenant_id VARCHAR, generator_version VARCHAR, seed UBIGINT, size INTEGER, history_days INTEGER, as_of DATE" },
    };

    [Theory]
    [MemberData(nameof(ContractColumns))]
    public void Table_has_exactly_the_contract_columns_and_types(string table, string expected)
    {
        var actual = WarehouseQuery.Columns(warehouse.Path, table).Select(c => $"{c.Column} {c.Type}");

        Assert.Equal(expected.Split(", "), actual);
    }

    [Theory]
    [InlineData("SELECT MAX(order_ts) FROM orders")]
    [InlineData("SELECT MAX(event_ts) FROM email_events")]
    [InlineData("SELECT MAX(event_ts) FROM web_events")]
    [InlineData("SELECT MAX(return_ts) FROM returns")]
    public void No_event_is_on_or_after_as_of(string sql)
    {
        var latest = WarehouseQuery.Scalar<DateTime>(warehouse.Path, sql);

        Assert.True(latest < AcmeRetailWarehouseFixture.AsOf.ToDateTime(TimeOnly.MinValue), $"{sql} returned {latest:O}");
    }

    [Fact]
    public void History_starts_730_days_before_as_of()
    {
        var earliest = WarehouseQuery.Scalar<DateTime>(warehouse.Path, "SELECT MIN(order_ts) FROM orders");

        Assert.True(earliest >= AcmeRetailWarehouseFixture.AsOf.AddDays(-730).ToDateTime(TimeOnly.MinValue));
        Assert.True(earliest < AcmeRetailWarehouseFixture.AsOf.AddDays(-720).ToDateTime(TimeOnly.MinValue));
    }

    [Fact]
    public void Order_lines_carry_their_orders_customer_and_time()
    {
        var mismatches = WarehouseQuery.Scalar<long>(warehouse.Path, """
            SELECT COUNT(*) FROM order_items i LEFT JOIN orders o USING (order_id)
            WHERE o.order_id IS NULL OR i.customer_id <> o.customer_id OR i.order_ts <> o.order_ts
            """);

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Order_ids_follow_order_time_so_windows_cluster()
    {
        var outOfOrder = WarehouseQuery.Scalar<long>(warehouse.Path, """
            SELECT COUNT(*) FROM (SELECT order_ts, LAG(order_ts) OVER (ORDER BY order_id) AS previous FROM orders) WHERE order_ts < previous
            """);

        Assert.Equal(0, outOfOrder);
    }

    [Fact]
    public void Order_totals_and_item_counts_equal_the_sum_of_their_items()
    {
        var mismatches = WarehouseQuery.Scalar<long>(warehouse.Path, """
            SELECT COUNT(*) FROM orders o
            JOIN (SELECT order_id, SUM(amount) amount, SUM(quantity) quantity FROM order_items GROUP BY order_id) i USING (order_id)
            WHERE o.total_amount <> i.amount OR o.item_count <> i.quantity
            """);

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Age_band_region_and_store_state_are_consistent_with_the_profile()
    {
        var wrongAgeBand = WarehouseQuery.Scalar<long>(warehouse.Path, """
            SELECT COUNT(*) FROM customers, (SELECT as_of FROM _warehouse_info) w
            WHERE age_band <> CASE WHEN date_sub('year', birth_date, w.as_of) < 25 THEN '18-24'
                                   WHEN date_sub('year', birth_date, w.as_of) < 35 THEN '25-34'
                                   WHEN date_sub('year', birth_date, w.as_of) < 45 THEN '35-44'
                                   WHEN date_sub('year', birth_date, w.as_of) < 55 THEN '45-54'
                                   WHEN date_sub('year', birth_date, w.as_of) < 65 THEN '55-64' ELSE '65+' END
            """);
        var regionsPerState = WarehouseQuery.Scalar<long>(warehouse.Path, "SELECT MAX(n) FROM (SELECT COUNT(DISTINCT region) n FROM customers GROUP BY state)");
        var storeStateOnOnline = WarehouseQuery.Scalar<long>(warehouse.Path, "SELECT COUNT(*) FROM orders WHERE (channel IN ('online','app')) = (store_state IS NOT NULL)");
        var appWithoutInstall = WarehouseQuery.Scalar<long>(warehouse.Path, "SELECT COUNT(*) FROM web_events JOIN customers USING (customer_id) WHERE device = 'app' AND NOT app_installed");

        Assert.Equal(0, wrongAgeBand);
        Assert.Equal(1, regionsPerState);
        Assert.Equal(0, storeStateOnOnline);
        Assert.Equal(0, appWithoutInstall);
    }

    [Fact]
    public void Email_opens_and_clicks_follow_a_send_of_the_same_campaign()
    {
        var orphans = WarehouseQuery.Scalar<long>(warehouse.Path, """
            SELECT COUNT(*) FROM email_events e
            WHERE e.event_type IN ('open','click') AND NOT EXISTS (
                SELECT 1 FROM email_events s
                WHERE s.customer_id = e.customer_id AND s.campaign_id = e.campaign_id AND s.event_type = 'sent' AND s.event_ts <= e.event_ts)
            """);

        Assert.Equal(0, orphans);
    }

    [Fact]
    public void Warehouse_info_records_the_generation_options()
    {
        Assert.Equal("acme-retail", WarehouseQuery.Scalar<string>(warehouse.Path, "SELECT tenant_id FROM _warehouse_info"));
        Assert.Equal(5_000, WarehouseQuery.Scalar<int>(warehouse.Path, "SELECT size FROM _warehouse_info"));
        Assert.Equal(5_000, warehouse.Result.RowCounts["customers"]);
        Assert.Equal(5_000, warehouse.Result.RowCounts["truth.customer_persona"]);
    }
}
