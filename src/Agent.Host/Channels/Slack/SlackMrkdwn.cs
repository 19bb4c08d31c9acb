using System.Text;
using System.Text.RegularExpressions;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Slack's mrkdwn: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are escaped (anything else in user or catalog text
/// stays as written, while a <c>&lt;!channel&gt;</c> in it can no longer ping anyone), the engine's Markdown becomes
/// mrkdwn, and long text is cut or split without breaking an escape, a surrogate pair or a code block.
/// </summary>
internal static partial class SlackMrkdwn
{
    private const string Ellipsis = "…";

    private const string Fence = "```";

    /// <summary><paramref name="text"/> with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Plain <paramref name="text"/> cut to at most <paramref name="maxLength"/> characters, marked with an ellipsis when cut.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = maxLength - Ellipsis.Length;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), Ellipsis);
    }

    /// <summary>
    /// <paramref name="text"/> escaped, in at most <paramref name="maxLength"/> characters: cut before the character
    /// whose escape would not fit, so an escape is never split, and marked with an ellipsis when cut.
    /// </summary>
    public static string EscapeWithin(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var escaped = Escape(text);
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        var result = new StringBuilder(maxLength);
        var budget = maxLength - Ellipsis.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var piece = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i, 2) : text[i].ToString(),
            };
            if (result.Length + piece.Length > budget)
            {
                break;
            }

            result.Append(piece);
            i += piece.Length == 2 && char.IsHighSurrogate(piece[0]) ? 1 : 0;
        }

        return result.Append(Ellipsis).ToString();
    }

    /// <summary>The engine's Markdown as escaped mrkdwn: <c>**bold**</c> becomes <c>*bold*</c> and code fences lose their language.</summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = Escape(markdown.Replace("\r\n", "\n", StringComparison.Ordinal));
        text = FenceLanguage().Replace(text, Fence);
        return Bold().Replace(text, "*$1*");
    }

    /// <summary>
    /// Escaped mrkdwn split at line ends into pieces of at most <paramref name="maxLength"/> characters; a code block
    /// split across pieces is closed and reopened, so each piece renders on its own.
    /// </summary>
    public static IReadOnlyList<string> Split(string mrkdwn, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(mrkdwn);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        if (mrkdwn.Length <= maxLength)
        {
            return [mrkdwn];
        }

        // Room for the fence that closes a piece and the one that reopens the next.
        var lineLimit = maxLength - (2 * (Fence.Length + 1));
        var pieces = new List<string>();
        var current = new StringBuilder();
        var inCode = false;
        foreach (var line in mrkdwn.Split('\n').SelectMany(l => Wrap(l, lineLimit)))
        {
            var closing = inCode ? Fence.Length + 1 : 0;
            if (current.Length > 0 && current.Length + 1 + line.Length + closing > maxLength)
            {
                if (inCode)
                {
                    current.Append('\n').Append(Fence);
                }

                pieces.Add(current.ToString());
                current.Clear();
                if (inCode)
                {
                    current.Append(Fence);
                }
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
            inCode ^= CountFences(line) % 2 == 1;
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }

        return pieces;
    }

    private static IEnumerable<string> Wrap(string line, int maxLength)
    {
        var start = 0;
        while (line.Length - start > maxLength)
        {
            var end = start + maxLength;
            if (char.IsHighSurrogate(line[end - 1]))
            {
                end--;
            }

            // An escape is kept whole: back up to its '&' when the cut would fall inside "&amp;", "&lt;" or "&gt;".
            var amp = line.LastIndexOf('&', end - 1, Math.Min(4, end - start));
            if (amp >= 0 && line.IndexOf(';', amp) is var semi && semi >= end && semi - amp <= 4)
            {
                end = amp;
            }

            yield return line[start..end];
            start = end;
        }

        yield return line[start..];
    }

    private static int CountFences(string line)
    {
        var count = 0;
        for (var at = line.IndexOf(Fence, StringComparison.Ordinal); at >= 0; at = line.IndexOf(Fence, at + Fence.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"^```[A-Za-z0-9_+-]+$", RegexOptions.Multiline)]
    private static partial Regex FenceLanguage();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex Bold();
}
