using System.Globalization;
using System.Text;

namespace SegmentAI.Skills.Exports;

/// <summary>
/// Writes a segment's member keys as CSV (RFC 4180): one header naming the entity key, then one key per line.
/// Keys only: a member file never carries names, e-mail addresses or any other column of the member.
/// </summary>
public static class MemberCsv
{
    /// <summary>The media type of the file.</summary>
    public const string MediaType = "text/csv";

    /// <summary>Writes <paramref name="keys"/> under the header <paramref name="keyColumn"/>; returns how many were written.</summary>
    public static async Task<long> WriteAsync(Stream output, string keyColumn, IAsyncEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(keys);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            long count = 0;
            await writer.WriteLineAsync(Field(keyColumn).AsMemory(), cancellationToken).ConfigureAwait(false);
            await foreach (var key in keys.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteLineAsync(Field(key).AsMemory(), cancellationToken).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    /// <summary>A file name for the members of <paramref name="segmentName"/>: letters, digits and dashes only.</summary>
    public static string FileName(string segmentName)
    {
        ArgumentNullException.ThrowIfNull(segmentName);
        var slug = new StringBuilder();
        foreach (var c in segmentName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return (name.Length == 0 ? "segment" : name[..Math.Min(name.Length, 80)].TrimEnd('-')) + "-members.csv";
    }

    // A field holding a comma, a quote or a line break is quoted, its quotes doubled. A leading =, +, @ (or - not
    // starting a number) would be run as a formula by a spreadsheet, so such a field gets a leading apostrophe.
    private static string Field(string value)
    {
        var formula = value.Length > 0 && (value[0] is '=' or '+' or '@'
            || (value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)));
        var safe = formula ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
