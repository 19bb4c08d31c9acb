using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

public sealed class FacetDefaultWindowTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);
    private readonly TenantsCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Contoso_licence_facets_are_states_read_over_all_time_and_its_activity_facets_are_not()
    {
        // Arrange
        var catalog = RepositoryTenants.Directory.Get("contoso-workforce").Catalog;

        // Act
        var allTime = catalog.Facets.Where(f => f.DefaultWindow is { IsAllTime: true }).Select(f => f.Id).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(["license_app_category", "license_assigned", "license_cost", "license_count", "license_tier"], allTime);
        Assert.Null(catalog.Find("app_accessed")!.DefaultWindow);
    }

    [Fact]
    public void A_facet_default_of_days_replaces_the_tenant_default_and_says_whose_default_it_is()
    {
        // Arrange: Return Count defaults to 30 days instead of acme's 365.
        _copy.ReplaceLine("acme-retail", TenantDirectory.CatalogFileName, "sql: { source: returns, aggregate: count }", l => $"    default_window: 30\n{l}");
        var tenant = _copy.Load().Get("acme-retail");
        var condition = new SegmentCondition { SourceText = "returned more than twice", Facet = "return_count", Operator = ConditionOperator.Gt, Values = ["2"] };

        // Act
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, AsOf);

        // Assert
        Assert.Equal(new FacetDefaultWindow(30), tenant.Catalog.Find("return_count")!.DefaultWindow);
        Assert.Equal(30, compiled.Definition.Conditions()[0].Window!.Days);
        Assert.Equal(
            "No time period window was given for C1 (\"returned more than twice\"); used the last 30 days (the default for Return Count), 2026-10-23 to 2026-11-21.",
            Assert.Single(compiled.Assumptions));
    }

    [Fact]
    public void A_state_facet_in_a_segment_with_an_event_facet_gives_only_the_event_its_default()
    {
        // Arrange: "holds a Figma licence but did not open Figma"
        var tenant = RepositoryTenants.Directory.Get("contoso-workforce");
        var definition = new SegmentDefinition
        {
            Root = new AndNode
            {
                Children =
                [
                    new SegmentCondition { SourceText = "holds a Figma licence", Facet = "license_assigned", Operator = ConditionOperator.In, Values = ["figma"] },
                    new SegmentCondition { SourceText = "did not open Figma", Facet = "app_accessed", Operator = ConditionOperator.NotIn, Values = ["figma"] },
                ],
            },
        };

        // Act
        var compiled = SegmentCompiler.Compile(definition, tenant, SqlDialect.DuckDb, AsOf);

        // Assert
        Assert.Null(compiled.Definition.Conditions()[0].Window);
        Assert.Equal(tenant.Config.Dates.DefaultEventWindowDays, compiled.Definition.Conditions()[1].Window!.Days);
        Assert.Contains("C2", Assert.Single(compiled.Assumptions), StringComparison.Ordinal);
    }
}
