namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>Seed example 3 on the default: sessions in process, long-term memory in SQLite in the state directory.</summary>
public sealed class EmbeddedSeedExample3Tests(AcmeWarehouseFixture warehouse) : SeedExample3Contract(warehouse)
{
    private readonly string _state = warehouse.StateFolder($"state-{Guid.NewGuid():N}");

    protected override IReadOnlyDictionary<string, string?> MemoryConfiguration => new Dictionary<string, string?> { ["StateDirectory"] = _state };
}
