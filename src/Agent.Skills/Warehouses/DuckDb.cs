using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses;

/// <summary>Small synchronous DuckDB conveniences shared by generators, fingerprint and loader.</summary>
internal static class DuckDb
{
    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static DuckDBConnection OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DuckDB warehouse '{path}' does not exist.", path);
        }

        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        builder["access_mode"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Base tables of every schema, ordered by schema then name.</summary>
    public static IReadOnlyList<(string Schema, string Table)> Tables(DuckDBConnection connection, string? schema = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT schema_name, table_name FROM duckdb_tables()
            WHERE database_name = current_database() AND NOT internal
            ORDER BY schema_name, table_name
            """;
        var tables = new List<(string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var tableSchema = reader.GetString(0);
            if (schema is null || tableSchema == schema)
            {
                tables.Add((tableSchema, reader.GetString(1)));
            }
        }

        return tables;
    }

    /// <summary>Columns of a table in declaration order with DuckDB's type names.</summary>
    public static IReadOnlyList<(string Name, string Type)> Columns(DuckDBConnection connection, string schema, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT column_name, data_type FROM duckdb_columns()
            WHERE database_name = current_database() AND schema_name = $schema AND table_name = $table
            ORDER BY column_index
            """;
        command.Parameters.Add(new DuckDBParameter("schema", schema));
        command.Parameters.Add(new DuckDBParameter("table", table));
        var columns = new List<(string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static IReadOnlyDictionary<string, long> CountRows(DuckDBConnection connection)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (schema, table) in Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {Quote(schema)}.{Quote(table)}";
            var count = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            counts[schema == "main" ? table : schema + "." + table] = count;
        }

        return counts;
    }
}
