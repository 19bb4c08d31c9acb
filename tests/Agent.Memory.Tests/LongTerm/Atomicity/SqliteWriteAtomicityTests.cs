using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.Tests.LongTerm.Servers;

namespace SegmentAI.Memory.Tests.LongTerm.Atomicity;

public sealed class SqliteWriteAtomicityTests(SqliteFile file) : WriteAtomicityContract, IClassFixture<SqliteFile>
{
    protected override LongTermDatabase Database => file.Database;

    protected override async Task FailAsync(string operation, string table)
    {
        await file.Database.EnsureMigratedAsync();
        await file.ExecuteAsync($"""
            CREATE TRIGGER "fail_{Guid.NewGuid():N}" BEFORE {operation} ON {table}
            WHEN NEW.tenant_id = '{Tenant}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
    }

    protected override Task<long> CountAsync(string table) => file.CountAsync($"SELECT COUNT(*) FROM {table} WHERE tenant_id = '{Tenant}'");
}
