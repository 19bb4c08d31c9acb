using Microsoft.Extensions.Hosting;
using SegmentAI.Memory.LongTerm.Database;

namespace SegmentAI.Memory.LongTerm.Hosting;

/// <summary>
/// Brings the long-term memory schema up to date when the host starts, so a database that cannot be migrated
/// (unreachable, edited migration) stops start-up with its message instead of failing the first chat turn.
/// </summary>
internal sealed class LongTermMigrationService : IHostedService
{
    private readonly LongTermDatabase _database;

    /// <summary>Creates the service.</summary>
    public LongTermMigrationService(LongTermDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => _database.EnsureMigratedAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
