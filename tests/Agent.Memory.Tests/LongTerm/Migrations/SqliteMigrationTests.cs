using Microsoft.Data.Sqlite;
using SegmentAI.Memory.LongTerm.Database;

namespace SegmentAI.Memory.Tests.LongTerm.Migrations;

public sealed class SqliteMigrationTests : MigrationRunnerContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("segmentai-migrations-").FullName;

    private string File => Path.Combine(_folder, "memory.db");

    protected override string NowSql => "'2026-11-22T09:00:00.000000Z'";

    public override Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_database_runs_in_write_ahead_log_mode()
    {
        await using var database = new SqliteLongTermDatabase(File);
        await database.EnsureMigratedAsync();

        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    protected override LongTermDatabase OpenDatabase() => new SqliteLongTermDatabase(File);

    protected override Task DropAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task<long> CountAsync(string sql) => (long)(await ScalarAsync(sql))!;

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
