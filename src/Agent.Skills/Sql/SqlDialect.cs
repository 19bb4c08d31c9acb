namespace SegmentAI.Skills.Sql;

/// <summary>SQL dialects segments compile to.</summary>
public enum SqlDialect
{
    /// <summary>DuckDB (embedded warehouses).</summary>
    DuckDb,

    /// <summary>PostgreSQL.</summary>
    Postgres,
}
