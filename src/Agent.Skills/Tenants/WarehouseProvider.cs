namespace SegmentAI.Skills.Tenants;

/// <summary>Kind of database a tenant's warehouse lives in.</summary>
public enum WarehouseProvider
{
    /// <summary>An embedded DuckDB file (the default).</summary>
    DuckDb,

    /// <summary>A PostgreSQL database.</summary>
    Postgres,
}
