using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Sql;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class SegmentValidatorTests : IClassFixture<ShopfrontWarehouse>
{
    private readonly ShopfrontWarehouse _shop;

    public SegmentValidatorTests(ShopfrontWarehouse shop)
    {
        _shop = shop;
    }

    [Fact]
    public void Unknown_facet_is_rejected_with_a_suggestion()
    {
        var issue = SingleIssue(Segment(Attr("teir", ConditionOperator.In, "gold")));

        Assert.Equal("C1.facet", issue.Path);
        Assert.Contains("unknown facet 'teir'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'tier'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_outside_the_catalog_is_rejected_with_a_suggestion()
    {
        var issue = SingleIssue(Segment(Attr("tier", ConditionOperator.In, "gld")));

        Assert.Equal("C1.values[0]", issue.Path);
        Assert.Contains("'gld' is not a value of Loyalty Tier; did you mean 'gold'?", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pii_facet_is_refused_as_personal_data()
    {
        var issue = SingleIssue(Segment(Attr("email", ConditionOperator.Within) with { Window = TimeWindow.Trailing(5, ShopfrontWarehouse.AsOf) }));

        Assert.Contains("personal data (PII)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operator_the_facet_does_not_allow_is_rejected_naming_the_allowed_ones()
    {
        var issue = SingleIssue(Segment(Attr("vip", ConditionOperator.Gt, "1")));

        Assert.Equal("C1.operator", issue.Path);
        Assert.Contains("use is_true, is_false", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_or_inverted_window_is_rejected()
    {
        var window = new TimeWindow { Start = new DateOnly(2026, 11, 1), End = new DateOnly(2026, 11, 1) };

        var issue = SingleIssue(Segment(Event("department_purchased", ConditionOperator.In, null, "Baby") with { Window = window }));

        Assert.Contains("must be before end", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_or_as_of_outside_the_supported_range_is_rejected_naming_the_range()
    {
        var window = new TimeWindow { Start = new DateOnly(1, 1, 1), End = new DateOnly(2026, 11, 1) };

        var windowIssue = SingleIssue(Segment(Event("department_purchased", ConditionOperator.In, null, "Baby") with { Window = window }));
        var asOfIssue = SingleIssue(Segment(Attr("tier", ConditionOperator.In, "gold")) with { AsOf = new DateOnly(9999, 12, 31) });

        Assert.Equal(("C1.window", "as_of"), (windowIssue.Path, asOfIssue.Path));
        Assert.All([windowIssue, asOfIssue], issue => Assert.Contains("between 1 Jan 1900 and 31 Dec 2199", issue.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Frequency_on_an_attribute_is_rejected()
    {
        var issue = SingleIssue(Segment(Attr("tier", ConditionOperator.In, "gold") with { Frequency = new Frequency { Count = 2 } }));

        Assert.Equal("C1.frequency", issue.Path);
    }

    [Fact]
    public void Condition_id_that_is_not_a_plain_name_is_rejected()
    {
        var issue = SingleIssue(Segment(Attr("tier", ConditionOperator.In, "gold") with { Id = "C1 ; DROP" }));

        Assert.Contains("must be a letter followed by", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var definition = Segment(And(Attr("teir", ConditionOperator.In, "gold"), Attr("tier", ConditionOperator.In, "gld")));

        var error = Assert.Throws<SegmentValidationException>(() => SegmentValidator.Validate(definition, _shop.Tenant));

        Assert.Equal(2, error.Issues.Count);
    }

    [Fact]
    public void Validation_assigns_missing_ids_without_reusing_given_ones()
    {
        var definition = Segment(And(Attr("tier", ConditionOperator.In, "gold"), Attr("state", ConditionOperator.In, "TX") with { Id = "C1" }));

        var validated = SegmentValidator.Validate(definition, _shop.Tenant);

        Assert.Equal(["C2", "C1"], validated.Conditions().Select(c => c.Id));
    }

    [Fact]
    public void Values_are_normalized_to_their_catalog_spelling()
    {
        var validated = SegmentValidator.Validate(Segment(Attr("tier", ConditionOperator.In, "GOLD")), _shop.Tenant);

        Assert.Equal(["gold"], validated.Conditions()[0].Values);
    }

    [Fact]
    public void Definition_for_another_tenant_is_rejected()
    {
        var definition = Segment(Attr("tier", ConditionOperator.In, "gold")) with { Tenant = "acme-retail" };

        Assert.Contains("not 'shopfront'", SingleIssue(definition).Message, StringComparison.Ordinal);
    }

    private SegmentIssue SingleIssue(SegmentDefinition definition) =>
        Assert.Single(Assert.Throws<SegmentValidationException>(() => SegmentValidator.Validate(definition, _shop.Tenant)).Issues);
}
