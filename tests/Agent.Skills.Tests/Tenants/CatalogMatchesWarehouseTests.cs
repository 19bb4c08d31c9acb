using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Sql.Writing;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Tenants;

/// <summary>
/// The catalogs describe the data the generators write: every list value occurs in the warehouse and every
/// value in the warehouse is in the catalog (an unlisted value could never be grounded), and every usable
/// facet runs on real rows with each of its operators.
/// </summary>
public sealed class CatalogMatchesWarehouseTests : IClassFixture<GeneratedTenantWarehouses>
{
    private readonly GeneratedTenantWarehouses _warehouses;

    public CatalogMatchesWarehouseTests(GeneratedTenantWarehouses warehouses)
    {
        _warehouses = warehouses;
    }

    public static TheoryData<string, string> ListFacets()
    {
        var data = new TheoryData<string, string>();
        foreach (var tenantId in RepositoryTenants.Ids)
        {
            foreach (var facet in GeneratedTenantWarehouses.Tenant(tenantId).Catalog.Facets.Where(f => f.Type == FacetType.List && !f.Pii))
            {
                data.Add(tenantId, facet.Id);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> UsableFacetOperators()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var tenantId in RepositoryTenants.Ids)
        {
            var tenant = GeneratedTenantWarehouses.Tenant(tenantId);
            foreach (var facet in tenant.Catalog.Facets.Where(f => tenant.WhyFacetIsUnusable(f) is null))
            {
                foreach (var op in facet.Operators)
                {
                    data.Add(tenantId, facet.Id, SnakeCase.From(op.ToString()));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ListFacets))]
    public async Task List_facet_values_are_exactly_the_values_in_the_warehouse(string tenantId, string facetId)
    {
        var tenant = GeneratedTenantWarehouses.Tenant(tenantId);
        var facet = tenant.Catalog.Find(facetId)!;

        var stored = await DistinctValuesAsync(_warehouses.For(tenantId), tenant.Config.Entity.Table, facet);
        var listed = facet.Values.Select(v => v.Value).ToHashSet(StringComparer.Ordinal);

        var unlisted = stored.Where(v => !listed.Contains(v)).Order(StringComparer.Ordinal).ToList();
        var absent = listed.Where(v => !stored.Contains(v)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0, $"{facetId}: warehouse values missing from the catalog: {string.Join(", ", unlisted)}");
        Assert.True(absent.Count == 0, $"{facetId}: catalog values that never occur in the warehouse: {string.Join(", ", absent)}");
    }

    [Theory]
    [MemberData(nameof(UsableFacetOperators))]
    public async Task Every_usable_facet_runs_on_generated_rows_with_each_operator(string tenantId, string facetId, string operatorName)
    {
        var tenant = GeneratedTenantWarehouses.Tenant(tenantId);
        Assert.True(SnakeCase.TryParseEnum<ConditionOperator>(operatorName, out var op));
        var condition = FacetConditions.For(tenant.Catalog.Find(facetId)!, op);
        var compiled = SegmentCompiler.Compile(new SegmentDefinition { Root = condition }, tenant, SqlDialect.DuckDb, GeneratedTenantWarehouses.AsOf);

        await using var connection = await _warehouses.For(tenantId).OpenAsync();
        var bound = await SegmentCommand.MembersAsync(connection, compiled);
        var display = await SegmentCommand.MembersAsync(connection, compiled with { Sql = compiled.DisplaySql, Parameters = [] });

        Assert.Equal(bound, display);
    }

    private static async Task<HashSet<string>> DistinctValuesAsync(Warehouse warehouse, string entityTable, Facet facet)
    {
        var sql = facet.Sql;
        string query;
        if (facet.Kind == FacetKind.Attribute)
        {
            query = $"SELECT DISTINCT CAST({sql.Column} AS VARCHAR) FROM {entityTable} WHERE {sql.Column} IS NOT NULL";
        }
        else
        {
            var source = sql.Source!;
            string Column(ColumnReference c) => $"{(c.Table == source.Table ? "e" : "j")}.{c.Column}";
            var join = source.Join is { } j ? $" JOIN {j.Table} AS j ON j.{j.Column} = e.{j.SourceColumn}" : "";
            var filters = string.Concat(sql.Filters.Select(f =>
                $" AND CAST({Column(f.Column)} AS VARCHAR) IN ({string.Join(", ", f.Values.Select(v => SqlWriter.Literal(v)))})"));
            query = $"SELECT DISTINCT CAST({Column(sql.Match!)} AS VARCHAR) FROM {source.Table} AS e{join} WHERE {Column(sql.Match!)} IS NOT NULL{filters}";
        }

        await using var connection = await warehouse.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
