using System.Globalization;
using SegmentAI.Skills.Chat;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine.Chat;

/// <summary>
/// Prints a reply's typed contents in the terminal: text as text, a table as a table, a chart as a compact bar chart.
/// A reply holding a kind of content the terminal has no renderer for is printed as its text instead.
/// </summary>
internal static class ContentView
{
    private const int ChartWidth = 60;

    private static readonly Dictionary<Type, Action<IAnsiConsole, ReplyContent>> Renderers = new()
    {
        [typeof(TextContent)] = (console, content) => console.MarkupLine(TerminalMarkdown.ToMarkup(((TextContent)content).Text)),
        [typeof(TableContent)] = (console, content) => WriteTable(console, (TableContent)content),
        [typeof(ChartContent)] = (console, content) => WriteChart(console, (ChartContent)content),
        [typeof(MetricContent)] = (console, content) => WriteMetric(console, (MetricContent)content),
    };

    /// <summary>Whether every item of <paramref name="contents"/> has a renderer here.</summary>
    public static bool RendersAll(IReadOnlyList<ReplyContent> contents) => contents.Count > 0 && contents.All(c => Renderers.ContainsKey(c.GetType()));

    public static void Write(IAnsiConsole console, IReadOnlyList<ReplyContent> contents)
    {
        foreach (var content in contents)
        {
            Renderers[content.GetType()](console, content);
        }
    }

    private static void WriteTable(IAnsiConsole console, TableContent table)
    {
        var view = new Table().Border(TableBorder.Simple);
        if (table.Title is { } title)
        {
            view.Title(Markup.Escape(title));
        }

        foreach (var column in table.Columns)
        {
            view.AddColumn(new Spectre.Console.TableColumn(Markup.Escape(column.Header)) { Alignment = column.Numeric ? Justify.Right : Justify.Left });
        }

        foreach (var row in table.Rows)
        {
            view.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(view);
    }

    // One bar per category of each series; a terminal has no axes, so the values are printed beside the bars.
    private static void WriteChart(IAnsiConsole console, ChartContent chart)
    {
        if (chart.Series.Any(s => s.X is not null))
        {
            // A map of points on two measured axes does not fit a terminal's bars: say what it shows instead.
            console.MarkupLine(Markup.Escape($"{chart.Title ?? "Map"} ({chart.XLabel} across, {chart.YLabel} up) — drawn in the web chat, Slack and Teams:"));
            foreach (var series in chart.Series)
            {
                console.MarkupLine(Markup.Escape($"  {series.Name}: {series.Values.Count} users shown"));
            }

            return;
        }

        var share = chart.Unit == "share";
        foreach (var series in chart.Series)
        {
            var bars = new BarChart().Width(ChartWidth).Label(Markup.Escape(chart.Series.Count > 1 ? $"{chart.Title}: {series.Name}" : chart.Title ?? series.Name));
            for (var i = 0; i < chart.Categories.Count && i < series.Values.Count; i++)
            {
                var interval = series is { Low: { } low, High: { } high } && i < low.Count && i < high.Count
                    ? share ? string.Create(CultureInfo.InvariantCulture, $" ({low[i] * 100:0}–{high[i] * 100:0} %)") : string.Create(CultureInfo.InvariantCulture, $" ({low[i]:0.##}–{high[i]:0.##})")
                    : "";
                bars.AddItem(Markup.Escape(chart.Categories[i] + interval), share ? Math.Round(series.Values[i] * 100, 1) : series.Values[i], Color.Blue);
            }

            console.Write(bars);
        }
    }

    private static void WriteMetric(IAnsiConsole console, MetricContent metric) =>
        console.WriteLine($"{metric.Label}: {metric.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}{(metric.Unit is null ? "" : " " + metric.Unit)}");
}
