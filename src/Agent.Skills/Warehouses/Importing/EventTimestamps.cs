using System.Globalization;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// Reads event timestamps: ISO 8601 with a 'T' or a space between date and time (the space is how DuckDB exports
/// them), optional fractions of a second, and an optional offset (Z, +02:00 or +02). A time with an offset is
/// converted to UTC; one without is taken as UTC, as the warehouse stores it.
/// </summary>
internal static class EventTimestamps
{
    private static readonly string[] Formats = BuildFormats();

    /// <summary>The timestamp as a UTC <see cref="DateTime"/>, or false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string text, out DateTime utc)
    {
        if (DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utc = parsed.UtcDateTime;
            return true;
        }

        utc = default;
        return false;
    }

    private static string[] BuildFormats()
    {
        var formats = new List<string>();
        foreach (var separator in new[] { "'T'", " " })
        {
            foreach (var offset in new[] { "", "K", "zzz", "zz", " zzz", " zz" })
            {
                formats.Add($"yyyy-MM-dd{separator}HH:mm:ss.FFFFFFF{offset}");
                formats.Add($"yyyy-MM-dd{separator}HH:mm{offset}");
            }
        }

        formats.Add("yyyy-MM-dd");
        return [.. formats];
    }
}
