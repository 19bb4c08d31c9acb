using System.Globalization;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class SegmentDescriberTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void An_event_with_a_same_event_comparison_is_qualified_on_that_same_event()
    {
        // Arrange: "a single online order over $150 in the last 45 days"
        var condition = Condition("purchase_channel", ConditionOperator.In, 45, "online") with
        {
            SameEvent = [Filter("single_order_total", ConditionOperator.Gt, "150")],
        };

        // Act
        var text = Describe(Acme, condition);

        // Assert
        Assert.Equal(
            "Customers where Purchase Channel includes Online (website) from 8 Oct 2026 to 21 Nov 2026, where Single Order Total is more than $150 on the same order.",
            text);
    }

    [Fact]
    public void Two_filters_are_joined_and_each_facet_is_named_with_its_catalog_labels()
    {
        // Arrange: "opened Zoom on their phone from Seattle"
        var condition = Condition("app_accessed", ConditionOperator.In, 30, "zoom") with
        {
            SameEvent = [Filter("login_device", ConditionOperator.In, "mobile"), Filter("sign_in_city", ConditionOperator.In, "Seattle")],
        };

        // Act
        var text = Describe(Contoso, condition);

        // Assert
        Assert.Equal(
            "Employees where App Accessed includes Zoom from 23 Oct 2026 to 21 Nov 2026, where Sign-in Device is Mobile and Sign-in City is Seattle on the same access.",
            text);
    }

    [Fact]
    public void The_condition_facet_named_again_reads_as_another_value_of_the_same_event()
    {
        // Arrange: "bought diapers and wipes in the same order"
        var condition = Condition("category_purchased", ConditionOperator.In, 90, "Diapers") with
        {
            SameEvent = [Filter("category_purchased", ConditionOperator.In, "Wipes")],
        };

        // Act
        var text = Describe(Acme, condition);

        // Assert
        Assert.Equal(
            "Customers where Category Purchased includes Diapers from 24 Aug 2026 to 21 Nov 2026, where Category Purchased also includes Wipes on the same order.",
            text);
    }

    [Fact]
    public void Amounts_and_absence_count_only_the_events_that_pass_the_filters()
    {
        // Arrange: "spent more than $500 online" and "no online order over $150"
        var spend = Condition("total_spend", ConditionOperator.Gt, 365, "500") with { SameEvent = [Filter("purchase_channel", ConditionOperator.In, "online")] };
        var none = Condition("purchase_channel", ConditionOperator.NotIn, 30, "online") with { SameEvent = [Filter("single_order_total", ConditionOperator.Gt, "150")] };

        // Act
        var spendText = Describe(Acme, spend);
        var noneText = Describe(Acme, none);

        // Assert
        Assert.Equal("Customers where Total Spend from 22 Nov 2025 to 21 Nov 2026 is more than $500, counting only orders where Purchase Channel is Online (website).", spendText);
        Assert.Equal("Customers where Purchase Channel includes none of Online (website) from 23 Oct 2026 to 21 Nov 2026, counting only orders where Single Order Total is more than $150.", noneText);
    }

    [Fact]
    public void A_boolean_event_with_a_list_filter_names_its_own_unit_as_the_event()
    {
        // Arrange: "accepted an offer on an AI or climate deal"
        var condition = Condition("accepted_offer", ConditionOperator.IsTrue, 30) with
        {
            SameEvent = [Filter("deal_sector_engaged", ConditionOperator.In, "ai", "climate")],
        };

        // Act
        var text = Describe(Dealflow, condition);

        // Assert
        Assert.Equal("Users where Accepted an Offer is yes from 23 Oct 2026 to 21 Nov 2026, where Deal Sector Engaged is AI or Climate on the same acceptance.", text);
    }

    [Fact]
    public void A_condition_without_same_event_filters_reads_as_before()
    {
        // Arrange
        var condition = Condition("purchase_channel", ConditionOperator.In, 45, "online");

        // Act
        var text = Describe(Acme, condition);

        // Assert
        Assert.Equal("Customers where Purchase Channel includes Online (website) from 8 Oct 2026 to 21 Nov 2026.", text);
    }

    [Theory]
    [InlineData("2026-11-01", "2027-02-01", "in Q4 FY27 (1 Nov 2026 – 31 Jan 2027)")]
    [InlineData("2026-02-01", "2026-08-01", "in H1 FY27 (1 Feb 2026 – 31 Jul 2026)")]
    [InlineData("2025-02-01", "2026-02-01", "in FY26 (1 Feb 2025 – 31 Jan 2026)")]
    [InlineData("2026-10-01", "2027-01-01", "from 1 Oct 2026 to 31 Dec 2026")]
    public void A_window_that_is_a_fiscal_period_is_labelled_fiscal_with_its_dates(string start, string end, string expected)
    {
        // Arrange: acme's fiscal year starts 1 February and is named by the year it ends in
        var condition = Condition("purchased_anything", ConditionOperator.IsTrue, 1) with
        {
            Window = new TimeWindow { Start = DateOnly.Parse(start, CultureInfo.InvariantCulture), End = DateOnly.Parse(end, CultureInfo.InvariantCulture), Expression = "that quarter" },
        };

        // Act
        var text = Describe(Acme, condition);

        // Assert
        Assert.Equal($"Customers where Made a Purchase is yes {expected}.", text);
    }

    [Fact]
    public void A_calendar_quarter_of_a_gregorian_tenant_keeps_plain_dates()
    {
        // Arrange
        var condition = Condition("accepted_offer", ConditionOperator.IsTrue, 1) with
        {
            Window = new TimeWindow { Start = new DateOnly(2026, 7, 1), End = new DateOnly(2026, 10, 1), Expression = "Q3" },
        };

        // Act
        var text = Describe(Dealflow, condition);

        // Assert
        Assert.Equal("Users where Accepted an Offer is yes from 1 Jul 2026 to 30 Sep 2026.", text);
    }

    private static Tenant Acme => RepositoryTenants.Directory.Get("acme-retail");

    private static Tenant Contoso => RepositoryTenants.Directory.Get("contoso-workforce");

    private static Tenant Dealflow => RepositoryTenants.Directory.Get("dealflow");

    private static SegmentCondition Condition(string facet, ConditionOperator op, int days, params string[] values) =>
        new() { SourceText = facet, Facet = facet, Operator = op, Values = values, Window = TimeWindow.Trailing(days, AsOf) };

    private static EventFilter Filter(string facet, ConditionOperator op, params string[] values) =>
        new() { Facet = facet, Operator = op, Values = values };

    private static string Describe(Tenant tenant, SegmentCondition condition) =>
        SegmentDescriber.Describe(new SegmentDefinition { Root = condition }, tenant);
}
