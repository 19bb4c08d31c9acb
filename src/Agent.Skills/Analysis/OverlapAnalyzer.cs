using System.Globalization;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Analysis;

/// <summary>
/// Answers hypothesis questions ("do baby buyers also buy toys?") by counting two segments and their overlap in
/// one query, each evaluated once, with every value bound as a parameter.
/// </summary>
internal sealed class OverlapAnalyzer
{
    /// <summary>Counts the base, the target, both, and the population.</summary>
    public async Task<OverlapResult> AnalyzeAsync(
        SegmentDefinition baseSegment, SegmentDefinition targetSegment, Tenant tenant, Warehouse warehouse, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(warehouse);
        var first = SegmentCompiler.Compile(baseSegment, tenant, warehouse.Dialect, asOf);
        var second = SegmentCompiler.Compile(targetSegment, tenant, warehouse.Dialect, asOf, firstParameter: first.Parameters.Count + 1);
        var entity = tenant.Config.Entity;
        var sql = $"""
            WITH base AS MATERIALIZED (
            {first.Sql}
            ), target AS MATERIALIZED (
            {second.Sql}
            )
            SELECT (SELECT COUNT(*) FROM base), (SELECT COUNT(*) FROM target),
                   (SELECT COUNT(*) FROM base JOIN target ON target.{entity.Key} = base.{entity.Key}),
                   (SELECT COUNT(*) FROM {entity.Table})
            """;
        await using var connection = await warehouse.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SegmentCommand.Create(connection, sql, [.. first.Parameters, .. second.Parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        long Read(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new OverlapResult(Read(0), Read(1), Read(2), Read(3));
    }
}
