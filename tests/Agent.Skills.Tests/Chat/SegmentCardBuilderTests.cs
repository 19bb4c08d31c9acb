using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Chat;

public sealed class SegmentCardBuilderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void The_card_shows_each_same_event_filter_with_its_facet_name_and_the_condition_text_names_them()
    {
        // Arrange: "a single online order over $150 in the last 45 days"
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = new SegmentCondition
        {
            SourceText = "a single online order over $150 in the last 45 days",
            Facet = "purchase_channel",
            Operator = ConditionOperator.In,
            Values = ["web"],
            Window = TimeWindow.Trailing(45, AsOf, "in the last 45 days"),
            SameEvent = [new EventFilter { Facet = "single_order_total", Operator = ConditionOperator.Gt, Values = ["150"], SourceText = "over $150" }],
        };
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, AsOf);

        // Act
        var card = SegmentCardBuilder.Build("draft-1", compiled, tenant, null, []);

        // Assert
        var shown = Assert.Single(card.Conditions);
        Assert.Equal(["online"], shown.Values);
        var filter = Assert.Single(shown.SameEvent);
        Assert.Equal("single_order_total", filter.Facet);
        Assert.Equal("Single Order Total", filter.FacetName);
        Assert.Equal(ConditionOperator.Gt, filter.Operator);
        Assert.Equal(["150"], filter.Values);
        Assert.Equal("over $150", filter.SourceText);
        Assert.EndsWith(", where Single Order Total is more than $150 on the same order", shown.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_without_same_event_filters_has_an_empty_list_on_its_card()
    {
        // Arrange
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = new SegmentCondition { SourceText = "gold", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] };
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, AsOf);

        // Act
        var card = SegmentCardBuilder.Build("draft-1", compiled, tenant, null, []);

        // Assert
        Assert.Empty(Assert.Single(card.Conditions).SameEvent);
    }
}
