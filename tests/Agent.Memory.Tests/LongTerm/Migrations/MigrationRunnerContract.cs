using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;

namespace SegmentAI.Memory.Tests.LongTerm.Migrations;

/// <summary>How migrations behave on a fresh database of each dialect; each test gets its own empty database.</summary>
public abstract class MigrationRunnerContract : IAsyncLifetime
{
    private readonly List<LongTermDatabase> _opened = [];

    public abstract Task InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await DropAsync();
    }

    [Fact]
    public async Task Two_instances_starting_together_apply_each_migration_once()
    {
        var first = new MigrationRunner(Open());
        var second = new MigrationRunner(Open());

        var applied = await Task.WhenAll(Task.Run(() => first.RunAsync()), Task.Run(() => second.RunAsync()));

        Assert.Equal(first.Migrations.Select(m => m.Version), applied.SelectMany(a => a).Order());
        Assert.Equal(first.Migrations.Count, await CountAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Running_again_changes_nothing()
    {
        var runner = new MigrationRunner(Open());
        var first = await runner.RunAsync();

        var again = await new MigrationRunner(Open()).RunAsync();

        Assert.NotEmpty(first);
        Assert.Empty(again);
        Assert.Equal(runner.Migrations.Count, await CountAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Applied_migrations_are_recorded_with_name_and_checksum()
    {
        var runner = new MigrationRunner(Open());

        await runner.RunAsync();

        var initial = runner.Migrations[0];
        Assert.Equal((1, "initial"), (initial.Version, initial.Name));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM schema_migrations WHERE version = 1 AND name = 'initial' AND checksum = '{initial.Checksum}'"));
    }

    [Fact]
    public async Task An_applied_migration_that_changed_stops_start_up_with_what_to_do()
    {
        await new MigrationRunner(Open()).RunAsync();
        await ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");

        var error = await Assert.ThrowsAsync<LongTermSchemaException>(() => new MigrationRunner(Open()).RunAsync());

        Assert.Contains("Migration 0001 (initial) was changed after it was applied", error.Message, StringComparison.Ordinal);
        Assert.Contains("put the change in a new migration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_migrated_by_a_newer_version_is_refused()
    {
        await new MigrationRunner(Open()).RunAsync();
        await ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, 'from_the_future', 'x', " + NowSql + ")");

        var error = await Assert.ThrowsAsync<LongTermSchemaException>(() => new MigrationRunner(Open()).RunAsync());

        Assert.Contains("migration 9999 (from_the_future), which this version of SegmentAI does not know", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_used_without_a_host_migrates_the_database_first()
    {
        var preferences = new SqlUserPreferences(Open());

        var found = await preferences.FindAsync("acme-retail", "ana", "date_recency");

        Assert.Null(found);
        Assert.Equal(new MigrationRunner(Open()).Migrations.Count, await CountAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    protected abstract string NowSql { get; }

    protected abstract LongTermDatabase OpenDatabase();

    protected abstract Task DropAsync();

    protected abstract Task<long> CountAsync(string sql);

    protected abstract Task ExecuteAsync(string sql);

    private LongTermDatabase Open()
    {
        var database = OpenDatabase();
        _opened.Add(database);
        return database;
    }
}
