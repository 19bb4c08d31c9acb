using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;

namespace SegmentAI.Skills.Warehouses;

/// <summary>What a generated warehouse says about itself in its <c>_warehouse_info</c> table.</summary>
/// <param name="TenantId">Tenant the data was generated for.</param>
/// <param name="AsOf">The warehouse holds events up to the day before this date.</param>
public sealed record WarehouseMetadata(string TenantId, DateOnly AsOf)
{
    private const int MaxCached = 64;

    // Every chat turn asks for the as-of date; a DuckDB file's metadata only changes with the file.
    private static readonly ConcurrentDictionary<string, WarehouseMetadata?> Cached = new(StringComparer.Ordinal);

    /// <summary>Reads the metadata, or null for a warehouse without it (a real, non-generated one).</summary>
    public static async Task<WarehouseMetadata?> ReadAsync(Warehouse warehouse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var stamp = warehouse.ContentStamp();
        if (stamp is not null && Cached.TryGetValue(stamp, out var cached))
        {
            return cached;
        }

        var metadata = await ReadFromAsync(warehouse, cancellationToken).ConfigureAwait(false);
        if (stamp is not null)
        {
            if (Cached.Count >= MaxCached)
            {
                Cached.Clear();
            }

            Cached[stamp] = metadata;
        }

        return metadata;
    }

    private static async Task<WarehouseMetadata?> ReadFromAsync(Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '_warehouse_info'";
        if (Convert.ToInt64(await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT tenant_id, as_of FROM _warehouse_info LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var asOf = reader.GetValue(1) switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            var other => DateOnly.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        };
        return new WarehouseMetadata(reader.GetString(0), asOf);
    }
}
