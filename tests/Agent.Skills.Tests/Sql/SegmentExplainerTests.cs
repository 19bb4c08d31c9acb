using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Sql;

public sealed class SegmentExplainerTests : IClassFixture<ShopfrontWarehouse>
{
    private readonly ShopfrontWarehouse _shop;

    public SegmentExplainerTests(ShopfrontWarehouse shop)
    {
        _shop = shop;
    }

    [Fact]
    public async Task Explains_logic_grounding_size_assumptions_and_sql()
    {
        var definition = Segment(And(
            Attr("tier", ConditionOperator.In, "gold") with { SourceText = "gold members" },
            Event("department_purchased", ConditionOperator.In, null, "Baby") with { SourceText = "baby buyers", Grounding = Grounding.Inferred, Confidence = 0.4 })) with { Name = "Gold baby buyers" };
        var compiled = SegmentCompiler.Compile(definition, _shop.Tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);
        var estimate = await new SizeEstimator().EstimateAsync(compiled, _shop.Tenant, _shop.Warehouse);

        var card = SegmentCardBuilder.Build("draft-1", compiled, _shop.Tenant, estimate, []);
        var text = SegmentExplainer.Explain(card, "customers");

        Assert.Equal("needs_review", card.Status);
        Assert.Contains("Logic: `C1 AND C2`", text, StringComparison.Ordinal);
        Assert.Contains("from your words \"gold members\" (retrieved from the catalog, confidence 100%)", text, StringComparison.Ordinal);
        Assert.Contains("from your words \"baby buyers\" (inferred, confidence 40%)", text, StringComparison.Ordinal);
        Assert.Contains("Size: 2 of 5 customers (40.0%).", text, StringComparison.Ordinal);
        Assert.Contains("used the last 365 days", text, StringComparison.Ordinal);
        Assert.Contains("marked for human review", text, StringComparison.Ordinal);
        Assert.Contains("```sql\nSELECT t.customer_id", text, StringComparison.Ordinal);
    }
}
