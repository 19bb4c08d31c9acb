using System.Globalization;
using System.Runtime.CompilerServices;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Members;

/// <summary>
/// Reads a segment's member keys page by page, in key order (keyset paging: each page starts after the last key of
/// the one before, so walking the cursor returns every member exactly once). Each page also says how many members
/// the segment has, counted from the same query the page is read from.
/// </summary>
public static class SegmentMembers
{
    /// <summary>Largest page a caller may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>
    /// Every member key of the segment in key order, read from one streaming query (nothing is held in memory but
    /// the row being read), for exports.
    /// </summary>
    public static async IAsyncEnumerable<string> ReadAllAsync(
        CompiledSegment segment, Warehouse warehouse, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(warehouse);
        var sql = $"""
            SELECT s.{segment.KeyColumn} FROM (
            {segment.Sql}
            ) AS s ORDER BY 1
            """;
        using var activity = SegmentTelemetry.StartTool("members", segment.Definition.Tenant);
        await using var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SegmentCommand.Create(connection, sql, segment.Parameters.ToList());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "";
        }
    }

    /// <summary>Reads the page of at most <paramref name="limit"/> keys after <paramref name="cursor"/> (from the start when null).</summary>
    /// <exception cref="FormatException">The cursor is not one this reader returned.</exception>
    public static async Task<MemberPage> ReadPageAsync(
        CompiledSegment segment, Warehouse warehouse, string? cursor, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        var after = cursor is null ? null : MemberCursor.KeyOf(cursor);
        var key = segment.KeyColumn;
        var parameters = segment.Parameters.ToList();
        var where = "";
        if (after is not null)
        {
            parameters.Add(after);
            where = $"WHERE s.{key} > ${parameters.Count.ToString(CultureInfo.InvariantCulture)}";
        }

        // One more key than asked tells whether another page follows without counting what remains.
        var sql = $"""
            WITH segment AS MATERIALIZED (
            {segment.Sql}
            )
            SELECT 0 AS part, NULL AS member_key, (SELECT COUNT(*) FROM segment) AS total
            UNION ALL
            SELECT 1, page.{key}, NULL FROM (SELECT s.{key} FROM segment AS s {where} ORDER BY s.{key} LIMIT {(limit + 1).ToString(CultureInfo.InvariantCulture)}) AS page
            ORDER BY 1, 2
            """;

        using var activity = SegmentTelemetry.StartTool("members", segment.Definition.Tenant);
        await using var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SegmentCommand.Create(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long total = 0;
        var keys = new List<object>(limit + 1);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.IsDBNull(1))
            {
                total = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
            }
            else
            {
                keys.Add(reader.GetValue(1));
            }
        }

        var more = keys.Count > limit;
        var page = more ? keys.GetRange(0, limit) : keys;
        return new MemberPage(
            page.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "").ToList(),
            more ? MemberCursor.After(page[^1]) : null,
            total);
    }
}
