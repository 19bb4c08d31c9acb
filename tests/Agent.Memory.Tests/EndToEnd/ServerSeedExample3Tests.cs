using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Memory.Tests.Servers;

namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>Seed example 3 on the servers the test script starts: Redis for sessions, PostgreSQL for long-term memory.</summary>
public sealed class ServerSeedExample3Tests(AcmeWarehouseFixture warehouse) : SeedExample3Contract(warehouse)
{
    protected override IReadOnlyDictionary<string, string?> MemoryConfiguration => new Dictionary<string, string?>
    {
        ["ShortTerm"] = "Server",
        ["Redis"] = TestRedis.ConnectionString,
        ["LongTerm"] = "Server",
        ["Postgres"] = TestPostgres.ConnectionString,
        ["StateDirectory"] = Warehouse.StateFolder("unused-state"),
    };
}
