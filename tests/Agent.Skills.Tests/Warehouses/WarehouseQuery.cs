using System.Globalization;
using DuckDB.NET.Data;

namespace SegmentAI.Skills.Tests.Warehouses;

/// <summary>Read-only queries against a generated warehouse file.</summary>
internal static class WarehouseQuery
{
    public static T Scalar<T>(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    public static List<string> Strings(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public static List<(string Column, string Type)> Columns(string path, string table)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = '{table}' ORDER BY column_index";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    private static DuckDBConnection Open(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};access_mode=READ_ONLY");
        connection.Open();
        return connection;
    }
}
