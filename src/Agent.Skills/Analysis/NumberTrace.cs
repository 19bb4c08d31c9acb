using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Analysis;

/// <summary>
/// Checks that every number a reply shows comes from a computed result: each number in the text, in table cells and
/// in chart data must equal one of the result's values as it would be rounded for display (as is, or as a
/// percentage). A reply that fails says something the analysis did not find and must not be sent.
/// </summary>
internal static partial class NumberTrace
{
    /// <summary>
    /// The numbers in <paramref name="contents"/> that no value of <paramref name="computed"/> accounts for, as written.
    /// Text in <paramref name="verbatim"/> (dates of the window, names) is taken out before the text is read.
    /// </summary>
    /// <remarks>
    /// A number written with a percent sign ("73 %", or "67–78 %" for both ends) must be a share times 100; any other
    /// number must be a value as is. Chart data is checked exactly, against <paramref name="computed"/> and the values
    /// only a chart shows (<paramref name="plotted"/>, such as the points of a map).
    /// </remarks>
    public static IReadOnlyList<string> Untraced(
        IReadOnlyList<ReplyContent> contents, IEnumerable<double> computed, IEnumerable<string> verbatim, IEnumerable<double>? plotted = null)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var values = computed.Where(double.IsFinite).Distinct().Order().ToArray();
        var drawn = plotted is null ? values : values.Concat(plotted.Where(double.IsFinite)).Distinct().Order().ToArray();
        var literals = verbatim.Where(v => v.Length > 0).OrderByDescending(v => v.Length).ToList();
        var untraced = new List<string>();
        foreach (var content in contents)
        {
            switch (content)
            {
                case TextContent text:
                    untraced.AddRange(UntracedIn(text.Text, values, literals));
                    break;
                case TableContent table:
                    untraced.AddRange(table.Rows.SelectMany(r => r).Concat(table.Columns.Select(c => c.Header)).SelectMany(cell => UntracedIn(cell, values, literals)));
                    break;
                case ChartContent chart:
                    var points = chart.Series.SelectMany(s => s.Values.Concat(s.Low ?? []).Concat(s.High ?? []).Concat(s.X ?? []));
                    untraced.AddRange(points.Where(p => !Exact(p, drawn)).Select(p => p.ToString("R", CultureInfo.InvariantCulture)));
                    untraced.AddRange(chart.Categories.Concat([chart.Title ?? "", chart.XLabel ?? "", chart.YLabel ?? ""]).SelectMany(label => UntracedIn(label, values, literals)));
                    break;
                case MetricContent metric when !Exact(metric.Value, values):
                    untraced.Add(metric.Value.ToString("R", CultureInfo.InvariantCulture));
                    break;
            }

            if (content.Title is { } title && content is not ChartContent)
            {
                untraced.AddRange(UntracedIn(title, values, literals));
            }
        }

        return untraced;
    }

    private static IEnumerable<string> UntracedIn(string text, double[] values, List<string> literals)
    {
        foreach (var literal in literals)
        {
            text = text.Replace(literal, " ", StringComparison.Ordinal);
        }

        foreach (var (written, number, percent) in Read(text))
        {
            var point = written.IndexOf('.', StringComparison.Ordinal);
            var half = 0.5 * Math.Pow(10, point < 0 ? 0 : -(written.Length - point - 1));
            var scale = percent ? 100 : 1;
            if (!values.Any(v => Math.Abs((v * scale) - number) <= half + 1e-9))
            {
                yield return written;
            }
        }
    }

    /// <summary>
    /// The numbers written in the text of <paramref name="contents"/> (text and table cells), percentages as shares:
    /// what a rephrasing of this reply may quote and nothing else.
    /// </summary>
    public static IReadOnlyList<double> Written(IReadOnlyList<ReplyContent> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var texts = contents.SelectMany(c => c switch
        {
            TextContent text => [text.Text],
            TableContent table => table.Rows.SelectMany(r => r),
            _ => Array.Empty<string>(),
        });
        return texts.SelectMany(Read).Select(n => n.Percent ? n.Number / 100 : n.Number).Distinct().ToList();
    }

    private static IEnumerable<(string Written, double Number, bool Percent)> Read(string text)
    {
        foreach (Match match in Number().Matches(text))
        {
            var written = match.Value;
            var number = double.Parse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
            var after = text.AsSpan(match.Index + match.Length);
            yield return (written, number, PercentAfter().IsMatch(after));
        }
    }

    private static bool Exact(double value, double[] values) =>
        values.Any(v => Math.Abs(v - value) <= 1e-9 * Math.Max(1, Math.Abs(v)));

    // "73 %", "73%", or the first end of a range "67–78 %".
    [GeneratedRegex(@"^(?:\s?%|[–-]\d+(?:\.\d+)?\s?%)", RegexOptions.CultureInvariant)]
    private static partial Regex PercentAfter();

    // Thousands separators and decimals; a number glued to letters ("k3", "pc1") is part of a name, not a value.
    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
