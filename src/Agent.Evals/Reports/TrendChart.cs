using System.Globalization;
using System.Net;
using System.Text;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Reports;

/// <summary>
/// A small inline SVG line chart of a suite's runs: accuracy and the key rate metrics (all between 0 and 1), with the
/// min_accuracy threshold dashed. Self-contained: no script, no external resource, so the page works offline and prints.
/// </summary>
internal static class TrendChart
{
    public const string AccuracySeries = "accuracy";

    // Rates a reviewer compares across runs; others are costs or latencies on another scale.
    private static readonly string[] KeyMetrics = ["execution_accuracy", "conditions_match", "clarification_recall"];

    private static readonly string[] Colors = ["#1d4ed8", "#b45309", "#047857", "#7c3aed"];

    private const int Width = 720;
    private const int Height = 240;
    private const int Left = 48;
    private const int Right = 44;
    private const int Top = 16;
    private const int Bottom = 40;

    /// <summary>The series shown: accuracy, then each key metric the latest run has.</summary>
    public static IReadOnlyList<(string Name, Func<EvalRun, double?> Value)> Series(IReadOnlyList<EvalRun> runs)
    {
        var series = new List<(string, Func<EvalRun, double?>)> { (AccuracySeries, r => r.Accuracy) };
        foreach (var name in KeyMetrics.Where(m => runs[^1].Metrics.Any(s => s.Name == m && s.Mean is not null)))
        {
            series.Add((name, r => r.Metrics.FirstOrDefault(s => s.Name == name)?.Mean));
        }

        return series;
    }

    public static void Append(StringBuilder html, IReadOnlyList<EvalRun> runs)
    {
        var culture = CultureInfo.InvariantCulture;
        var series = Series(runs);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => runs.Count == 1 ? Left + (plotWidth / 2.0) : Left + (plotWidth * i / (double)(runs.Count - 1));
        double Y(double value) => Top + (plotHeight * (1 - Math.Clamp(value, 0, 1)));

        html.Append(culture, $"<svg class=\"trend\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        html.Append("<title id=\"trend-title\">Accuracy and key metrics over the suite's runs</title>");
        html.Append(culture, $"<desc id=\"trend-desc\">{runs.Count} run(s), oldest on the left; values from 0% to 100%; the dashed line is min_accuracy.</desc>");
        foreach (var tick in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            html.Append(culture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(tick):0.#}\" y2=\"{Y(tick):0.#}\"/>");
            html.Append(culture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\">{tick:0%}</text>");
        }

        var threshold = runs[^1].MinAccuracy;
        html.Append(culture, $"<line class=\"threshold\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(threshold):0.#}\" y2=\"{Y(threshold):0.#}\"><title>min_accuracy {threshold:0.#%}</title></line>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(runs.Count / 6.0));
        for (var i = 0; i < runs.Count; i++)
        {
            if (i % labelEvery == 0 || i == runs.Count - 1)
            {
                html.Append(culture, $"<text class=\"axis\" x=\"{X(i):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{runs[i].StartedAt.UtcDateTime:MM-dd HH:mm}</text>");
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (name, value) = series[s];
            var color = Colors[s % Colors.Length];
            var points = runs.Select((run, i) => (run, i, value: value(run))).Where(p => p.value is not null).ToList();
            html.Append(culture, $"<g class=\"series\" data-series=\"{Encode(name)}\">");
            html.Append(culture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"{(s == 0 ? 3 : 2)}\" points=\"{string.Join(' ', points.Select(p => string.Create(culture, $"{X(p.i):0.#},{Y(p.value!.Value):0.#}")))}\"/>");
            foreach (var (run, i, point) in points)
            {
                html.Append(culture, $"<circle class=\"point\" cx=\"{X(i):0.#}\" cy=\"{Y(point!.Value):0.#}\" r=\"{(s == 0 ? 4.5 : 3.5)}\" fill=\"{color}\"><title>{Encode(name)} {point:0.#%} — {Encode(run.RunId)} ({run.SkillVersion})</title></circle>");
            }

            html.Append("</g>");
        }

        html.Append("</svg>");
        html.Append("<ul class=\"legend\">");
        for (var s = 0; s < series.Count; s++)
        {
            html.Append(culture, $"<li><span class=\"swatch\" style=\"background:{Colors[s % Colors.Length]}\" aria-hidden=\"true\"></span>{Encode(series[s].Name)}</li>");
        }

        html.Append(culture, $"<li><span class=\"swatch dashed\" aria-hidden=\"true\"></span>min_accuracy {threshold:0.#%}</li></ul>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
