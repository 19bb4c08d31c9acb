using System.Text;

namespace SegmentAI.Host.Channels.Teams.Cards;

/// <summary>
/// Makes text literal inside Adaptive Card markdown (TextBlock and FactSet): a segment named "*VIP* [beta]" or a
/// condition quoting "1. gold members" shows those characters instead of turning into emphasis, links or lists.
/// </summary>
internal static class TeamsMarkdown
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        var leadingDigits = false;
        foreach (var c in text)
        {
            var escape = c is '\\' or '*' or '_' or '`' or '[' or ']' or '~'
                || (lineStart && c is '#' or '>' or '-' or '+')
                || (leadingDigits && c is '.' or ')');
            if (escape)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            leadingDigits = (lineStart || leadingDigits) && char.IsAsciiDigit(c);
            lineStart = c is '\n' or '\r' || (lineStart && c is ' ' or '\t');
        }

        return escaped.ToString();
    }
}
