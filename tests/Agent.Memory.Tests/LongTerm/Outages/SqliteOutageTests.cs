using Microsoft.Data.Sqlite;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Outages;

public sealed class SqliteOutageTests : IDisposable
{
    private static readonly AmbiguityOption Last30Days = new("30d", "the last 30 days", "30");

    private readonly string _folder = Directory.CreateTempSubdirectory("segmentai-outage-").FullName;

    [Fact]
    public async Task A_file_held_by_another_writer_fails_as_unavailable_after_the_timeout_and_writes_nothing()
    {
        var file = Path.Combine(_folder, "memory.db");
        await using var database = new SqliteLongTermDatabase(file, TimeSpan.FromSeconds(1));
        var preferences = new SqlUserPreferences(database);
        await database.EnsureMigratedAsync();
        await using var other = new SqliteConnection($"Data Source={file};Pooling=False");
        await other.OpenAsync();
        await using var held = other.BeginTransaction(deferred: false);

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => preferences.SetAsync("acme-retail", "ana", "date_recency", Last30Days, "s1"));
        await held.RollbackAsync();

        Assert.Equal(MemoryUnavailableException.LongTerm, error.Store);
        Assert.Contains($"SQLite file '{file}' stayed locked by another writer for more than 1 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("give each process its own --state-dir", error.Message, StringComparison.Ordinal);
        Assert.Null(await preferences.FindAsync("acme-retail", "ana", "date_recency"));
    }

    [Fact]
    public async Task A_state_directory_that_cannot_be_created_fails_as_unavailable()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the state directory should be");
        await using var database = new SqliteLongTermDatabase(Path.Combine(blocker, "memory.db"));

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => new SqlUserPreferences(database).ListAsync("acme-retail", "ana"));

        Assert.Equal(MemoryUnavailableException.LongTerm, error.Store);
        Assert.Contains("Check that the state directory (--state-dir) exists and is writable", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
