using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.Tests.LongTerm.Servers;

namespace SegmentAI.Memory.Tests.LongTerm.Atomicity;

public sealed class PostgresWriteAtomicityTests(PostgresSchema schema) : WriteAtomicityContract, IClassFixture<PostgresSchema>
{
    protected override LongTermDatabase Database => schema.Database;

    protected override async Task FailAsync(string operation, string table)
    {
        await schema.Database.EnsureMigratedAsync();
        await TestPostgres.ExecuteAsync(
            $"""
            CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected failure for %', NEW.tenant_id; END $$;
            CREATE TRIGGER "fail_{Guid.NewGuid():N}" BEFORE {operation} ON {table}
            FOR EACH ROW WHEN (NEW.tenant_id = '{Tenant}') EXECUTE FUNCTION injected_failure();
            """,
            schema.ConnectionString);
    }

    protected override Task<long> CountAsync(string table) =>
        TestPostgres.CountAsync(schema.ConnectionString, $"SELECT COUNT(*) FROM {table} WHERE tenant_id = '{Tenant}'");
}
