using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class FacetCompilationTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    public static TheoryData<string, string, string> UsableFacetOperators()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var tenant in RepositoryTenants.Directory.Tenants)
        {
            foreach (var facet in tenant.Catalog.Facets.Where(f => tenant.WhyFacetIsUnusable(f) is null))
            {
                foreach (var op in facet.Operators)
                {
                    data.Add(tenant.Id, facet.Id, op.ToString());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UsableFacetOperators))]
    public void Every_usable_facet_compiles_with_each_of_its_operators(string tenantId, string facetId, string operatorName)
    {
        // Arrange
        var tenant = RepositoryTenants.Directory.Get(tenantId);
        var facet = tenant.Catalog.Find(facetId)!;
        var condition = FacetConditions.For(facet, Enum.Parse<ConditionOperator>(operatorName));

        // Act
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, AsOf);

        // Assert
        Assert.Contains($"FROM {tenant.Config.Entity.Table} AS t", compiled.Sql, StringComparison.Ordinal);
        if (facet.Kind == FacetKind.Event)
        {
            Assert.Contains($"FROM {facet.Sql.Source!.Table} AS e", compiled.Sql, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"t.{facet.Sql.Column}", compiled.Sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Spend_in_a_department_sums_the_line_amounts_of_that_department()
    {
        // Arrange: "spent more than $200 on Baby in the last 90 days"
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = new SegmentCondition
        {
            SourceText = "spent more than $200 on Baby",
            Facet = "department_purchased",
            Operator = ConditionOperator.In,
            Values = ["baby products"],
            Window = FacetConditions.Window,
            Aggregate = new AggregateThreshold { Operator = ConditionOperator.Gt, Values = [200m] },
        };

        // Act
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, AsOf);

        // Assert
        Assert.Contains("SUM(e.amount) AS amount_value", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.Contains("FROM order_items AS e WHERE", compiled.DisplaySql, StringComparison.Ordinal);
        Assert.Contains("e.department IN ('Baby')", compiled.DisplaySql, StringComparison.Ordinal);
    }

    [Fact]
    public void Coupon_use_filters_orders_on_the_boolean_column()
    {
        var tenant = RepositoryTenants.Directory.Get("acme-retail");
        var condition = FacetConditions.For(tenant.Catalog.Find("used_coupon")!, ConditionOperator.IsTrue);

        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, AsOf);

        // PostgreSQL will not compare a boolean column with text, so true/false filter values are bound as booleans.
        Assert.Contains("e.used_coupon IN (TRUE)", compiled.DisplaySql, StringComparison.Ordinal);
    }
}
