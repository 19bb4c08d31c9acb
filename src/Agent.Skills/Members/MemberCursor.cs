using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SegmentAI.Skills.Members;

/// <summary>
/// The opaque position after the last key of a page: the key itself with its kind (number or text), so the next page
/// starts after it with the comparison the warehouse uses for that column. Base64url, so it travels in a URL as-is.
/// </summary>
internal static class MemberCursor
{
    private const string NumberPrefix = "n:";
    private const string TextPrefix = "s:";

    /// <summary>The cursor pointing after <paramref name="key"/> (a value read from the key column).</summary>
    public static string After(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = key switch
        {
            long or int or short or byte or ulong or uint or ushort or sbyte => NumberPrefix + Convert.ToString(key, CultureInfo.InvariantCulture),
            _ => TextPrefix + Convert.ToString(key, CultureInfo.InvariantCulture),
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The key a cursor points after, typed for binding; <see cref="FormatException"/> when it is not a cursor of ours.</summary>
    public static object KeyOf(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException ex)
        {
            throw Invalid(ex);
        }

        if (text.StartsWith(NumberPrefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(NumberPrefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text.StartsWith(TextPrefix, StringComparison.Ordinal) ? text[TextPrefix.Length..] : throw Invalid(null);
    }

    private static FormatException Invalid(Exception? inner) =>
        new("the cursor is not one this API returned; pass the next_cursor of the previous page unchanged, or leave it out to start from the first page", inner);
}
