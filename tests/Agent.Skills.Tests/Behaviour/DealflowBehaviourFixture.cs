using DuckDB.NET.Data;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>Dealflow's default demo warehouse (1,000 users, 7 days, seed 21) and the features of its users.</summary>
public class DealflowBehaviourFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    /// <summary>Dealflow's event log as its tenant.yaml declares it, so the tests measure what the product runs.</summary>
    internal static readonly BehaviourEventLog Log = RepositoryTenants.Directory.Get("dealflow").Config.Behaviour!;

    private readonly string _folder = Directory.CreateTempSubdirectory("dealflow-behaviour-").FullName;
    private readonly int? _size;
    private readonly int? _days;
    private readonly ulong _seed;

    public DealflowBehaviourFixture()
        : this(null, null, 21)
    {
    }

    protected DealflowBehaviourFixture(int? size, int? days, ulong seed)
    {
        _size = size;
        _days = days;
        _seed = seed;
    }

    public string Path { get; private set; } = "";

    internal BehaviourFeatureTable Features { get; private set; } = null!;

    /// <summary>The planted persona of each user: read by tests only, never by the product.</summary>
    public IReadOnlyDictionary<string, string> PlantedPersonas { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        var generator = WarehouseGenerators.Get("dealflow");
        Path = System.IO.Path.Combine(_folder, "dealflow.duckdb");
        var days = _days ?? generator.DefaultHistoryDays;
        await generator.GenerateAsync(new WarehouseGenerationOptions(Path, _size ?? generator.DefaultSize, _seed, AsOf, days));
        await using var connection = new DuckDBConnection($"Data Source={Path};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        Features = await BehaviourFeatures.ComputeAsync(connection, Log, AsOf.AddDays(-days), AsOf);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(user_id AS VARCHAR), persona FROM truth.user_persona";
        await using var reader = await command.ExecuteReaderAsync();
        var planted = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            planted[reader.GetString(0)] = reader.GetString(1);
        }

        PlantedPersonas = planted;
    }

    public virtual Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
