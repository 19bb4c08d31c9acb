using Microsoft.Data.Sqlite;
using SegmentAI.Memory.LongTerm.Database;

namespace SegmentAI.Memory.Tests.LongTerm.Servers;

/// <summary>A SQLite database file in a temporary folder for one test class, deleted afterwards.</summary>
public sealed class SqliteFile : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("segmentai-lt-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "memory.db");

    public SqliteLongTermDatabase Database { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Database = new SqliteLongTermDatabase(Path);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
