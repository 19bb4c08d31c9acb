namespace SegmentAI.Skills.Warehouses;

/// <summary>Outcome of a successful warehouse generation.</summary>
/// <param name="TenantId">Generator id of the tenant.</param>
/// <param name="OutputPath">Full path of the written DuckDB file.</param>
/// <param name="RowCounts">
/// Rows per table: main-schema tables by bare name, other schemas qualified (e.g. "truth.customer_persona").
/// </param>
/// <param name="Elapsed">Wall time of the generation.</param>
public sealed record WarehouseGenerationResult(
    string TenantId,
    string OutputPath,
    IReadOnlyDictionary<string, long> RowCounts,
    TimeSpan Elapsed);
