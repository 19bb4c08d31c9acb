namespace SegmentAI.Skills.Tenants;

/// <summary>Where a tenant's warehouse is.</summary>
/// <param name="Provider">DuckDB file or PostgreSQL.</param>
/// <param name="Path">DuckDB file, relative to the repository root unless absolute.</param>
/// <param name="ConnectionString">PostgreSQL connection string (may name an environment variable as <c>env:NAME</c>).</param>
/// <param name="Schema">PostgreSQL schema holding the tables.</param>
/// <param name="Generator">Demo-data generator that can build this warehouse, if any.</param>
public sealed record WarehouseConnection(WarehouseProvider Provider, string? Path, string? ConnectionString, string? Schema, string? Generator);
