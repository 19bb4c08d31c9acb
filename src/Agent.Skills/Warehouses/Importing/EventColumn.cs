using System.Globalization;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// One column of the event table and where its value comes from: the index of a mapped file field (-1 for a column no
/// field fills, written as null), what to call the value in a bad-row reason, and the column's kind.
/// </summary>
internal sealed record EventColumn(string Name, EventColumnKind Kind, int Field, string Label, bool Required)
{
    private const int QuotedChars = 40;

    /// <summary>The kind of a column with the SQL type DuckDB or PostgreSQL reports, or null when an import cannot fill it.</summary>
    public static EventColumnKind? KindOf(string sqlType)
    {
        var type = sqlType.Trim().ToUpperInvariant();
        return type switch
        {
            "VARCHAR" or "TEXT" or "CHARACTER VARYING" or "STRING" => EventColumnKind.Text,
            "BIGINT" or "INT8" or "LONG" => EventColumnKind.BigInt,
            "INTEGER" or "INT" or "INT4" => EventColumnKind.Integer,
            "SMALLINT" or "INT2" => EventColumnKind.SmallInt,
            "DOUBLE" or "DOUBLE PRECISION" or "FLOAT8" => EventColumnKind.Double,
            "BOOLEAN" or "BOOL" => EventColumnKind.Boolean,
            "TIMESTAMP" or "TIMESTAMP WITHOUT TIME ZONE" or "DATETIME" => EventColumnKind.Timestamp,
            "TIMESTAMP WITH TIME ZONE" or "TIMESTAMPTZ" => EventColumnKind.TimestampWithZone,
            "DATE" => EventColumnKind.Date,
            _ when type.StartsWith("DECIMAL", StringComparison.Ordinal) || type.StartsWith("NUMERIC", StringComparison.Ordinal) => EventColumnKind.Decimal,
            _ when type.StartsWith("VARCHAR(", StringComparison.Ordinal) || type.StartsWith("CHARACTER VARYING(", StringComparison.Ordinal) => EventColumnKind.Text,
            _ => null,
        };
    }

    /// <summary>The value to write for <paramref name="text"/>, or the reason it cannot be (without the line number).</summary>
    public (object? Value, string? Error) Convert(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Required ? (null, $"{Label} is {(text is null ? "missing" : "empty")}") : (null, null);
        }

        object? value = Kind switch
        {
            EventColumnKind.Text => text,
            EventColumnKind.BigInt => long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            EventColumnKind.Integer => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
            EventColumnKind.SmallInt => short.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null,
            EventColumnKind.Double => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            EventColumnKind.Decimal => decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null,
            EventColumnKind.Boolean => text.Trim().ToLowerInvariant() switch { "true" or "1" => true, "false" or "0" => false, _ => null },
            // PostgreSQL's timestamp (without time zone) takes only a DateTime that claims no zone; the value is UTC all the same.
            EventColumnKind.Timestamp => EventTimestamps.TryParse(text, out var t) ? DateTime.SpecifyKind(t, DateTimeKind.Unspecified) : null,
            EventColumnKind.TimestampWithZone => EventTimestamps.TryParse(text, out var z) ? z : null,
            EventColumnKind.Date => DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            _ => null,
        };
        return value is not null ? (value, null) : (null, $"{Label} '{Quote(text)}' is not {Expected()}");
    }

    private static string Quote(string text) => text.Length <= QuotedChars ? text : text[..QuotedChars] + "…";

    private string Expected() => Kind switch
    {
        EventColumnKind.BigInt or EventColumnKind.Integer or EventColumnKind.SmallInt => "a whole number",
        EventColumnKind.Double or EventColumnKind.Decimal => "a number",
        EventColumnKind.Boolean => "true or false",
        EventColumnKind.Timestamp or EventColumnKind.TimestampWithZone => "a date and time (ISO 8601, e.g. 2026-11-30T14:05:00Z)",
        EventColumnKind.Date => "a date (YYYY-MM-DD)",
        _ => "text",
    };
}
