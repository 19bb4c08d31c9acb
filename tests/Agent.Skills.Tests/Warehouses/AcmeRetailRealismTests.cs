using SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class AcmeRetailRealismTests(AcmeRetailWarehouseFixture warehouse) : IClassFixture<AcmeRetailWarehouseFixture>
{
    private double Scalar(string sql) => WarehouseQuery.Scalar<double>(warehouse.Path, sql);

    [Fact]
    public void Black_friday_week_outsells_an_average_november_week()
    {
        var blackFridayWeek = Scalar("SELECT COUNT(*) FROM orders WHERE order_ts >= DATE '2024-11-25' AND order_ts < DATE '2024-12-02'");
        var averageNovemberWeek = Scalar("SELECT COUNT(*) / (30 / 7.0) FROM orders WHERE order_ts >= DATE '2024-11-01' AND order_ts < DATE '2024-12-01'");

        Assert.True(blackFridayWeek > 1.6 * averageNovemberWeek, $"BF week {blackFridayWeek} vs avg Nov week {averageNovemberWeek:F0}");
    }

    [Fact]
    public void December_outsells_an_average_month()
    {
        var december = Scalar("SELECT COUNT(*) FROM orders WHERE order_ts >= DATE '2024-12-01' AND order_ts < DATE '2025-01-01'");
        var averageMonth = Scalar("SELECT COUNT(*) / 12.0 FROM orders WHERE order_ts >= DATE '2024-06-01' AND order_ts < DATE '2025-06-01'");

        Assert.True(december > 1.4 * averageMonth, $"December {december} vs average month {averageMonth:F0}");
    }

    [Theory]
    [InlineData("has_children", "Baby")]
    [InlineData("has_pets", "Pets")]
    public void Households_with_the_trait_buy_its_department_far_more_often(string trait, string department)
    {
        var sql = $"""
            WITH buyers AS (SELECT DISTINCT o.customer_id FROM orders o JOIN order_items i USING (order_id) WHERE i.department = '{department}')
            SELECT AVG(CASE WHEN b.customer_id IS NULL THEN 0 ELSE 1 END) FILTER (WHERE c.{trait})
                 / AVG(CASE WHEN b.customer_id IS NULL THEN 0 ELSE 1 END) FILTER (WHERE NOT c.{trait})
            FROM customers c LEFT JOIN buyers b USING (customer_id)
            WHERE c.customer_id IN (SELECT customer_id FROM orders)
            """;

        Assert.True(Scalar(sql) > 3, $"{trait} → {department} lift {Scalar(sql):F2}");
    }

    [Fact]
    public void Electronics_affinity_correlates_with_electronics_spend()
    {
        var correlation = Scalar("""
            SELECT corr(c.electronics_affinity, COALESCE(e.spend, 0)) FROM customers c
            LEFT JOIN (SELECT o.customer_id, SUM(i.amount) spend FROM orders o JOIN order_items i USING (order_id)
                       WHERE i.department = 'Electronics' GROUP BY 1) e USING (customer_id)
            """);

        Assert.True(correlation > 0.2, $"corr {correlation:F2}");
    }

    [Fact]
    public void Lapsed_customers_have_no_orders_in_the_last_90_days_and_high_churn_scores()
    {
        var recentLapsedOrders = Scalar("""
            SELECT COUNT(*) FROM orders o JOIN truth.customer_persona p USING (customer_id)
            WHERE p.persona = 'lapsed' AND o.order_ts >= DATE '2025-06-01' - INTERVAL 90 DAY
            """);
        var lapsedChurn = Scalar("SELECT AVG(churn_score) FROM customers JOIN truth.customer_persona USING (customer_id) WHERE persona = 'lapsed'");
        var otherChurn = Scalar("SELECT AVG(churn_score) FROM customers JOIN truth.customer_persona USING (customer_id) WHERE persona <> 'lapsed'");

        Assert.Equal(0, recentLapsedOrders);
        Assert.True(lapsedChurn > otherChurn + 0.3, $"lapsed {lapsedChurn:F2} vs others {otherChurn:F2}");
    }

    [Fact]
    public void Spend_is_heavy_tailed()
    {
        var topDecileShare = Scalar("""
            WITH s AS (SELECT customer_id, SUM(total_amount) t FROM orders GROUP BY 1),
                 r AS (SELECT t, ntile(10) OVER (ORDER BY t DESC) d FROM s)
            SELECT SUM(t) FILTER (WHERE d = 1) / SUM(t) FROM r
            """);

        Assert.True(topDecileShare >= 0.35, $"top decile share {topDecileShare:P0}");
    }

    [Fact]
    public void Loyalty_tier_rises_with_spend()
    {
        var none = Scalar("SELECT AVG(COALESCE(s, 0)) FROM customers LEFT JOIN (SELECT customer_id, SUM(total_amount) s FROM orders GROUP BY 1) USING (customer_id) WHERE loyalty_tier = 'none'");
        var gold = Scalar("SELECT AVG(COALESCE(s, 0)) FROM customers LEFT JOIN (SELECT customer_id, SUM(total_amount) s FROM orders GROUP BY 1) USING (customer_id) WHERE loyalty_tier = 'gold'");
        var platinum = Scalar("SELECT AVG(COALESCE(s, 0)) FROM customers LEFT JOIN (SELECT customer_id, SUM(total_amount) s FROM orders GROUP BY 1) USING (customer_id) WHERE loyalty_tier = 'platinum'");

        Assert.True(none < gold && gold < platinum, $"none {none:F0}, gold {gold:F0}, platinum {platinum:F0}");
    }

    [Fact]
    public void Opted_out_customers_receive_no_email_after_unsubscribing()
    {
        var sendsAfterUnsubscribe = Scalar("""
            SELECT COUNT(*) FROM email_events s JOIN (
                SELECT customer_id, MIN(event_ts) ts FROM email_events WHERE event_type = 'unsubscribe' GROUP BY 1) u USING (customer_id)
            WHERE s.event_type = 'sent' AND s.event_ts > u.ts
            """);
        var optedOutWithoutUnsubscribe = Scalar("""
            SELECT COUNT(DISTINCT customer_id) FROM email_events JOIN customers USING (customer_id)
            WHERE NOT email_opt_in AND customer_id NOT IN (SELECT customer_id FROM email_events WHERE event_type = 'unsubscribe')
            """);

        Assert.Equal(0, sendsAfterUnsubscribe);
        Assert.Equal(0, optedOutWithoutUnsubscribe);
    }

    [Fact]
    public void Web_events_are_funnel_shaped()
    {
        var views = Scalar("SELECT COUNT(*) FROM web_events WHERE event_type = 'product_view'");
        var carts = Scalar("SELECT COUNT(*) FROM web_events WHERE event_type = 'add_to_cart'");
        var checkouts = Scalar("SELECT COUNT(*) FROM web_events WHERE event_type = 'checkout_start'");

        Assert.True(views > 4 * carts && carts > checkouts && checkouts > 0);
    }

    [Fact]
    public void Assortment_covers_all_departments_and_at_least_80_categories()
    {
        var departments = Scalar("SELECT COUNT(DISTINCT department) FROM order_items");
        var categories = Scalar("SELECT COUNT(DISTINCT category) FROM order_items");

        Assert.Equal(14, departments);
        Assert.True(categories >= 80, $"{categories} categories");
        Assert.Equal(14, AcmeRetailAssortment.Departments.Count);
        Assert.True(AcmeRetailAssortment.Departments.Sum(d => d.Categories.Count) >= 80);
    }

    [Fact]
    public void Televisions_cost_more_than_produce()
    {
        var tv = Scalar("SELECT AVG(amount / quantity) FROM order_items WHERE category = 'TVs'");
        var produce = Scalar("SELECT AVG(amount / quantity) FROM order_items WHERE category = 'Produce'");

        Assert.True(tv > 50 * produce, $"TV {tv:F0} vs produce {produce:F2}");
    }
}
