using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Estimation;

/// <summary>
/// Counts a compiled segment on the tenant's warehouse. The segment is evaluated once, materialized,
/// and the count, the population and a sample are read from that single result, so a large warehouse
/// is never scanned twice for one estimate. Counts on a DuckDB file are kept per file content (see
/// <see cref="Warehouse.ContentStamp"/>), so asking again for a segment already counted on the same data, as an
/// explanation or another user's identical request does, costs no query; PostgreSQL warehouses are always counted.
/// </summary>
public sealed class SizeEstimator
{
    /// <summary>Number of member keys returned as a sample.</summary>
    public const int DefaultSampleSize = 10;

    /// <summary>Counts kept at most; the oldest are all dropped together when it is reached.</summary>
    public const int MaxCachedCounts = 4096;

    private readonly ConcurrentDictionary<string, SizeEstimate> _counts = new(StringComparer.Ordinal);

    /// <summary>Runs the count.</summary>
    public async Task<SizeEstimate> EstimateAsync(
        CompiledSegment segment,
        Tenant tenant,
        Warehouse warehouse,
        int sampleSize = DefaultSampleSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentOutOfRangeException.ThrowIfNegative(sampleSize);
        var entity = tenant.Config.Entity;
        var sql = $"""
            WITH segment AS MATERIALIZED (
            {segment.Sql}
            )
            SELECT NULL AS member_key, (SELECT COUNT(*) FROM segment) AS segment_size, (SELECT COUNT(*) FROM {entity.Table}) AS population
            UNION ALL
            SELECT sample.{entity.Key}, NULL, NULL FROM (SELECT s.{entity.Key} FROM segment AS s ORDER BY s.{entity.Key} LIMIT {sampleSize.ToString(CultureInfo.InvariantCulture)}) AS sample
            """;

        using var activity = SegmentTelemetry.StartTool("estimate", tenant.Id);
        var key = CacheKey(warehouse, sql, segment);
        if (key is not null && _counts.TryGetValue(key, out var counted))
        {
            activity?.SetTag("segmentai.cache_hit", true);
            return counted with { LimitWarning = LimitWarning(counted.Size, tenant) };
        }

        var watch = Stopwatch.StartNew();
        await using var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SegmentCommand.Create(connection, sql, segment.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long size = 0;
        long population = 0;
        var sample = new List<string>(sampleSize);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(1))
            {
                size = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                population = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
            }
            else
            {
                sample.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
            }
        }

        watch.Stop();
        activity?.SetTag("segmentai.segment.size", size);
        activity?.SetTag("segmentai.segment.population", population);
        // Shorter first, then ordinal: numeric keys come out in numeric order, any other keys deterministically.
        sample.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        var estimate = new SizeEstimate(size, population, sample, watch.Elapsed, LimitWarning(size, tenant));
        if (key is not null)
        {
            if (_counts.Count >= MaxCachedCounts)
            {
                _counts.Clear();
            }

            _counts[key] = estimate;
        }

        return estimate;
    }

    private static string? CacheKey(Warehouse warehouse, string sql, CompiledSegment segment)
    {
        if (warehouse.ContentStamp() is not { } stamp)
        {
            return null;
        }

        var key = new StringBuilder(stamp).Append('\n').Append(sql);
        foreach (var parameter in segment.Parameters)
        {
            key.Append('\n').Append(ParameterText(parameter));
        }

        return key.ToString();
    }

    private static string ParameterText(object? value) => value switch
    {
        null => "null",
        string text => "s:" + text,
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(ParameterText)) + "]",
        IFormattable formattable => value.GetType().Name + ":" + formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + value,
    };

    private static string? LimitWarning(long size, Tenant tenant)
    {
        var limits = tenant.Config.SizeLimits;
        var noun = tenant.Config.Entity.Noun;
        if (size < limits.Min)
        {
            return $"The segment has {size:N0} {noun}, below this workspace's minimum of {limits.Min:N0}; broaden a condition to make it usable.";
        }

        return size > limits.Max
            ? $"The segment has {size:N0} {noun}, above this workspace's maximum of {limits.Max:N0}; add a condition to narrow it."
            : null;
    }
}
