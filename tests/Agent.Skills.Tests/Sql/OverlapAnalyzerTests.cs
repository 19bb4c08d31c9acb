using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Sql;

public sealed class OverlapAnalyzerTests : IClassFixture<ShopfrontWarehouse>
{
    private readonly ShopfrontWarehouse _shop;

    public OverlapAnalyzerTests(ShopfrontWarehouse shop)
    {
        _shop = shop;
    }

    [Fact]
    public async Task Counts_both_segments_their_overlap_and_lift()
    {
        var babyBuyers = Segment(Event("department_purchased", ConditionOperator.In, 365, "Baby"));
        var toyBuyers = Segment(Event("department_purchased", ConditionOperator.In, 365, "Toys"));

        var result = await new OverlapAnalyzer().AnalyzeAsync(babyBuyers, toyBuyers, _shop.Tenant, _shop.Warehouse, ShopfrontWarehouse.AsOf);

        Assert.Equal(new OverlapResult(BaseSize: 2, TargetSize: 2, Both: 1, Population: 5), result);
        Assert.Equal(0.5, result.TargetShareWithinBase);
        Assert.Equal(0.4, result.TargetShareOverall, 6);
        Assert.Equal(1.25, result.Lift, 6);
        Assert.Equal("a mild positive association", result.Strength(minLift: 1.2));
        Assert.Equal("no meaningful association", result.Strength(minLift: 1.3));
    }

    [Fact]
    public void Second_segment_parameters_continue_the_numbering()
    {
        var compiled = SegmentAI.Skills.Sql.SegmentCompiler.Compile(
            Segment(Attr("tier", ConditionOperator.In, "gold")), _shop.Tenant, SegmentAI.Skills.Sql.SqlDialect.DuckDb, ShopfrontWarehouse.AsOf, firstParameter: 4);

        Assert.Contains("IN ($4)", compiled.Sql, StringComparison.Ordinal);
    }
}
