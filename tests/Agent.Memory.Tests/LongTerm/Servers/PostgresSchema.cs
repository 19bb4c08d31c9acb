using SegmentAI.Memory.LongTerm.Database;

namespace SegmentAI.Memory.Tests.LongTerm.Servers;

/// <summary>A fresh schema on the test server for one test class, migrated on first use and dropped afterwards.</summary>
public sealed class PostgresSchema : IAsyncLifetime
{
    public string Schema { get; } = TestIds.Schema();

    public string ConnectionString { get; private set; } = "";

    public PostgresLongTermDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateSchemaAsync(Schema);
        Database = new PostgresLongTermDatabase(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        await TestPostgres.DropSchemaAsync(Schema);
    }
}
