using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>
/// Turns a reply's markdown into Spectre markup for a terminal: headings and <c>**bold**</c> in bold, inline code in
/// a colour, list bullets as bullets, links as their text and address. Fenced code is left out; the terminal shows
/// SQL only when asked (<c>/sql</c>).
/// </summary>
internal static partial class TerminalMarkdown
{
    public static string ToMarkup(string markdown)
    {
        var markup = new StringBuilder();
        foreach (var line in ReplyView.WithoutCodeBlocks(markdown).Split('\n'))
        {
            markup.Append(Line(line.TrimEnd('\r'))).Append('\n');
        }

        return markup.ToString().TrimEnd('\n');
    }

    private static string Line(string line)
    {
        if (Heading().Match(line) is { Success: true } heading)
        {
            return $"[bold]{Inline(heading.Groups[1].Value)}[/]";
        }

        if (Bullet().Match(line) is { Success: true } bullet)
        {
            return $"{bullet.Groups[1].Value}• {Inline(bullet.Groups[2].Value)}";
        }

        return Inline(line);
    }

    private static string Inline(string text)
    {
        var escaped = Markup.Escape(text);
        escaped = Link().Replace(escaped, "$1 ($2)");
        escaped = Code().Replace(escaped, "[aqua]$1[/]");
        return Bold().Replace(escaped, "[bold]$1[/]");
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\s*)[-*]\s+(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Bold();

    [GeneratedRegex(@"`([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"\[\[([^\]]+)\]\]\(([^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
