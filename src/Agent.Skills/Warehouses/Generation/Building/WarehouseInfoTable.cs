using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses.Generation.Building;

/// <summary>Writes main._warehouse_info: the options that produced the file, without wall-clock time.</summary>
internal static class WarehouseInfoTable
{
    public static void Write(DuckDBConnection connection, string tenantId, string generatorVersion, WarehouseGenerationOptions options)
    {
        DuckDb.Execute(connection, """
            CREATE TABLE main._warehouse_info(
                tenant_id VARCHAR, generator_version VARCHAR, seed UBIGINT, size INTEGER, history_days INTEGER, as_of DATE)
            """);
        using var appender = connection.CreateAppender("_warehouse_info");
        appender.CreateRow()
            .AppendValue(tenantId)
            .AppendValue(generatorVersion)
            .AppendValue(options.Seed)
            .AppendValue(options.Size)
            .AppendValue(options.HistoryDays)
            .AppendValue(options.AsOf)
            .EndRow();
    }
}
