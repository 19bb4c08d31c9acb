using System.Text.RegularExpressions;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>
/// An HTML5-tolerant well-formedness check without a parser package: outside script and style, every non-void element
/// closes in order, and no stray '&lt;' starts something that is not a tag.
/// </summary>
internal static partial class HtmlShape
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "input", "link", "area", "base", "col", "source", "wbr" };

    private static readonly HashSet<string> SelfClosingSvg = new(StringComparer.OrdinalIgnoreCase) { "line", "polyline", "circle", "path", "rect" };

    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var body = RawText().Replace(html, "<$1></$1>");
        var open = new Stack<string>();
        var last = 0;
        foreach (Match tag in Tag().Matches(body))
        {
            if (body[last..tag.Index].Contains('<', StringComparison.Ordinal))
            {
                problems.Add($"stray '<' before offset {tag.Index}");
            }

            last = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            if (tag.Value.StartsWith("<!", StringComparison.Ordinal) || Void.Contains(name) || (tag.Value.EndsWith("/>", StringComparison.Ordinal) && SelfClosingSvg.Contains(name)))
            {
                continue;
            }

            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    problems.Add($"</{name}> at offset {tag.Index} closes nothing open");
                }
            }
            else
            {
                open.Push(name);
            }
        }

        problems.AddRange(open.Select(n => $"<{n}> never closed"));
        return problems;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[!a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style)>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex RawText();
}
