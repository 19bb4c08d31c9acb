using BenchmarkDotNet.Attributes;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Benchmarks.Estimation;

/// <summary>
/// Size estimation end to end (open, count, population, sample) on acme-retail at 20,000 and 1,000,000
/// customers. Target: a typical 3-condition segment on 1M customers in under 300 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinIterationCount(15)]
[MaxIterationCount(40)]
public class SizeEstimationBenchmarks
{
    private readonly SizeEstimator _estimator = new();
    private Tenant _tenant = null!;
    private Warehouse _warehouse = null!;
    private CompiledSegment _attributeOnly = null!;
    private CompiledSegment _threeConditions = null!;
    private CompiledSegment _frequencyAndSpend = null!;

    [Params(20_000, 1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _tenant = TenantDirectory.Load(RepositoryLayout.Discover().Tenants).Get("acme-retail");
        _warehouse = Warehouse.DuckDb(await BenchmarkWarehouses.AcmeAsync(Customers));
        _attributeOnly = Compile(new SegmentCondition { SourceText = "gold or platinum members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold", "platinum"] });
        _threeConditions = Compile(new AndNode
        {
            Children =
            [
                new SegmentCondition { SourceText = "gold or platinum members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold", "platinum"] },
                new SegmentCondition
                {
                    SourceText = "bought baby products in the last 90 days", Facet = "department_purchased", Operator = ConditionOperator.In, Values = ["Baby"],
                    Window = TimeWindow.Trailing(90, BenchmarkWarehouses.AsOf, "in the last 90 days"),
                },
                new NotNode { Child = new SegmentCondition { SourceText = "likely to churn", Facet = "churn_score", Operator = ConditionOperator.Gt, Values = ["0.6"] } },
            ],
        });
        _frequencyAndSpend = Compile(new AndNode
        {
            Children =
            [
                new SegmentCondition
                {
                    SourceText = "buy groceries at least twice a week", Facet = "department_purchased", Operator = ConditionOperator.In, Values = ["Grocery"],
                    Frequency = new Frequency { Count = 2, Per = FrequencyPeriod.Week },
                },
                new SegmentCondition
                {
                    SourceText = "spent more than $1000 this year", Facet = "total_spend", Operator = ConditionOperator.Gt, Values = ["1000"],
                    Window = TimeWindow.Trailing(365, BenchmarkWarehouses.AsOf, "this year"),
                },
                new SegmentCondition
                {
                    SourceText = "no purchase in the last week", Facet = "purchased_anything", Operator = ConditionOperator.IsFalse,
                    Window = TimeWindow.Trailing(7, BenchmarkWarehouses.AsOf, "in the last week"),
                },
            ],
        });
    }

    [Benchmark(Baseline = true)]
    public Task<SizeEstimate> OneAttributeCondition() => _estimator.EstimateAsync(_attributeOnly, _tenant, _warehouse);

    [Benchmark]
    public Task<SizeEstimate> ThreeConditionSegment() => _estimator.EstimateAsync(_threeConditions, _tenant, _warehouse);

    [Benchmark]
    public Task<SizeEstimate> FrequencySpendAndRecency() => _estimator.EstimateAsync(_frequencyAndSpend, _tenant, _warehouse);

    private CompiledSegment Compile(SegmentNode root) =>
        SegmentCompiler.Compile(new SegmentDefinition { Root = root }, _tenant, SqlDialect.DuckDb, BenchmarkWarehouses.AsOf);
}
