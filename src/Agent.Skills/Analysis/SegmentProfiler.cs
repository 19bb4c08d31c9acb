using System.Globalization;
using System.Text;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Analysis;

/// <summary>
/// Counts a segment's members per value of each profile facet (attributes of the entity table) in one grouped query:
/// one grouping set per facet plus the empty set, whose row is the segment's size.
/// </summary>
internal static class SegmentProfiler
{
    public static async Task<SegmentProfile> ProfileAsync(
        CompiledSegment segment, Tenant tenant, IReadOnlyList<Facet> facets, Warehouse warehouse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentOutOfRangeException.ThrowIfZero(facets.Count);
        if (facets.FirstOrDefault(f => f.Kind != FacetKind.Attribute || f.Sql.Column is null) is { } unfit)
        {
            throw new ArgumentException($"{unfit.Id} is not an attribute of the {tenant.Config.Entity.Noun} table", nameof(facets));
        }

        var entity = tenant.Config.Entity;
        var sql = new StringBuilder("WITH segment AS MATERIALIZED (\n").Append(segment.Sql).Append("\n)\nSELECT ");
        for (var i = 0; i < facets.Count; i++)
        {
            var column = $"p.{facets[i].Sql.Column}";
            sql.Append(CultureInfo.InvariantCulture, $"GROUPING({column}) AS g{i}, CAST({column} AS VARCHAR) AS v{i}, ");
        }

        sql.Append("COUNT(*) AS n\n")
            .Append(CultureInfo.InvariantCulture, $"FROM {entity.Table} AS p JOIN segment AS s ON s.{segment.KeyColumn} = p.{entity.Key}\n")
            .Append("GROUP BY GROUPING SETS (")
            .Append(string.Join(", ", facets.Select(f => $"(p.{f.Sql.Column})")))
            .Append(", ())");

        using var activity = SegmentTelemetry.StartTool("profile", tenant.Id);
        await using var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SegmentCommand.Create(connection, sql.ToString(), segment.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long total = 0;
        var counts = facets.Select(_ => new List<ValueCount>()).ToList();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = Convert.ToInt64(reader.GetValue(2 * facets.Count), CultureInfo.InvariantCulture);
            var grouped = Enumerable.Range(0, facets.Count).FirstOrDefault(i => Convert.ToInt64(reader.GetValue(2 * i), CultureInfo.InvariantCulture) == 0, -1);
            if (grouped < 0)
            {
                total = count;
            }
            else
            {
                counts[grouped].Add(new ValueCount(reader.IsDBNull(2 * grouped + 1) ? null : reader.GetString(2 * grouped + 1), count));
            }
        }

        return new SegmentProfile(total, facets.Select((f, i) => new FacetDistribution(f, [.. counts[i].OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)])).ToList());
    }
}
