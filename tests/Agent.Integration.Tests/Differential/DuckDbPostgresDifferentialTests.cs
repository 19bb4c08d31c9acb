using SegmentAI.Evals.Metrics;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Integration.Tests.Differential;

/// <summary>
/// The same definitions compiled for DuckDB and for PostgreSQL, run on the same generated rows, must select
/// the same members — with bound parameters and as display SQL.
/// </summary>
[Collection(AcmeWarehousesCollection.Name)]
public sealed class DuckDbPostgresDifferentialTests
{
    private readonly AcmeWarehouses _warehouses;

    public DuckDbPostgresDifferentialTests(AcmeWarehouses warehouses)
    {
        _warehouses = warehouses;
    }

    [Fact]
    public void Corpus_has_at_least_fifty_definitions()
    {
        Assert.True(DifferentialCorpus.All.Count >= 50, $"only {DifferentialCorpus.All.Count} definitions");
    }

    [Theory]
    [MemberData(nameof(DifferentialCorpus.Names), MemberType = typeof(DifferentialCorpus))]
    public async Task DuckDb_and_PostgreSQL_select_the_same_members(string name)
    {
        var definition = DifferentialCorpus.All[name];
        var duck = SegmentCompiler.Compile(definition, _warehouses.Tenant, SqlDialect.DuckDb, AcmeWarehouses.AsOf);
        var postgres = SegmentCompiler.Compile(definition, _warehouses.Tenant, SqlDialect.Postgres, AcmeWarehouses.AsOf);

        var duckMembers = await MembersAsync(_warehouses.DuckDb, duck);
        var postgresMembers = await MembersAsync(_warehouses.Postgres, postgres);
        var duckDisplay = await MembersAsync(_warehouses.DuckDb, duck with { Sql = duck.DisplaySql, Parameters = [] });
        var postgresDisplay = await MembersAsync(_warehouses.Postgres, postgres with { Sql = postgres.DisplaySql, Parameters = [] });

        var bound = MemberSetComparison.Compare(duckMembers, postgresMembers);
        Assert.True(bound.ExactMatch, $"bound parameters: DuckDB vs PostgreSQL {bound}\n{duck.Sql}");
        Assert.True(MemberSetComparison.Compare(duckMembers, duckDisplay).ExactMatch, $"DuckDB display SQL differs\n{duck.DisplaySql}");
        Assert.True(MemberSetComparison.Compare(duckMembers, postgresDisplay).ExactMatch, $"PostgreSQL display SQL differs\n{postgres.DisplaySql}");
    }

    [Fact]
    public async Task Size_estimates_agree_and_most_definitions_select_a_proper_non_empty_subset()
    {
        var estimator = new SizeEstimator();
        var trivial = new List<string>();
        foreach (var (name, definition) in DifferentialCorpus.All)
        {
            var duck = await estimator.EstimateAsync(
                SegmentCompiler.Compile(definition, _warehouses.Tenant, SqlDialect.DuckDb, AcmeWarehouses.AsOf), _warehouses.Tenant, _warehouses.DuckDb);
            var postgres = await estimator.EstimateAsync(
                SegmentCompiler.Compile(definition, _warehouses.Tenant, SqlDialect.Postgres, AcmeWarehouses.AsOf), _warehouses.Tenant, _warehouses.Postgres);

            Assert.Equal(duck.Size, postgres.Size);
            Assert.Equal(duck.Population, postgres.Population);
            Assert.Equal(duck.SampleKeys, postgres.SampleKeys);
            if (duck.Size == 0 || duck.Size == duck.Population)
            {
                trivial.Add($"{name} ({duck.Size})");
            }
        }

        Assert.True(trivial.Count <= DifferentialCorpus.All.Count / 10, $"too many empty or everyone segments: {string.Join(", ", trivial)}");
    }

    private static async Task<IReadOnlyList<string>> MembersAsync(Warehouse warehouse, CompiledSegment segment)
    {
        await using var connection = await warehouse.OpenAsync();
        return await SegmentCommand.MembersAsync(connection, segment);
    }
}
