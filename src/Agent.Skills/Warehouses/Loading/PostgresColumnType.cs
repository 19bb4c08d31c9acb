using System.Globalization;
using System.Text.RegularExpressions;
using NpgsqlTypes;

namespace SegmentAI.Skills.Warehouses.Loading;

/// <summary>How one DuckDB column type is declared in PostgreSQL and written through binary COPY.</summary>
internal sealed partial record PostgresColumnType(string DuckDbType, string PostgresType, NpgsqlDbType NpgsqlType)
{
    public static PostgresColumnType From(string duckDbType)
    {
        var decimalMatch = DecimalPattern().Match(duckDbType);
        if (decimalMatch.Success)
        {
            var precision = int.Parse(decimalMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            var scale = int.Parse(decimalMatch.Groups[2].Value, CultureInfo.InvariantCulture);
            return new(duckDbType, $"numeric({precision},{scale})", NpgsqlDbType.Numeric);
        }

        return duckDbType switch
        {
            "BIGINT" => new(duckDbType, "bigint", NpgsqlDbType.Bigint),
            "INTEGER" => new(duckDbType, "integer", NpgsqlDbType.Integer),
            "SMALLINT" or "TINYINT" or "UTINYINT" => new(duckDbType, "smallint", NpgsqlDbType.Smallint),
            "USMALLINT" => new(duckDbType, "integer", NpgsqlDbType.Integer),
            "UINTEGER" => new(duckDbType, "bigint", NpgsqlDbType.Bigint),
            "UBIGINT" => new(duckDbType, "numeric(20,0)", NpgsqlDbType.Numeric),
            "HUGEINT" => new(duckDbType, "numeric(39,0)", NpgsqlDbType.Numeric),
            "VARCHAR" => new(duckDbType, "text", NpgsqlDbType.Text),
            "DATE" => new(duckDbType, "date", NpgsqlDbType.Date),
            "TIMESTAMP" => new(duckDbType, "timestamp without time zone", NpgsqlDbType.Timestamp),
            "DOUBLE" => new(duckDbType, "double precision", NpgsqlDbType.Double),
            "FLOAT" => new(duckDbType, "real", NpgsqlDbType.Real),
            "BOOLEAN" => new(duckDbType, "boolean", NpgsqlDbType.Boolean),
            _ => throw new NotSupportedException($"DuckDB column type '{duckDbType}' has no PostgreSQL mapping in the warehouse loader."),
        };
    }

    [GeneratedRegex(@"^DECIMAL\((\d+),(\d+)\)$")]
    private static partial Regex DecimalPattern();
}
