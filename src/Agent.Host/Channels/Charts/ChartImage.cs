using System.Globalization;
using SegmentAI.Skills.Chat;
using SkiaSharp;

namespace SegmentAI.Host.Channels.Charts;

/// <summary>
/// Draws a <see cref="ChartContent"/> as a PNG for channels that cannot draw it themselves (Slack, Teams). SkiaSharp
/// draws; the typeface is DejaVu Sans shipped inside this assembly, so no system font or fontconfig is needed.
/// Bars run sideways so category labels stay readable; lines, areas and points share one vertical scale.
/// </summary>
internal static class ChartImage
{
    private const int Width = 720;
    private const int Margin = 16;
    private const int TitleHeight = 34;
    private const int BarRow = 30;
    private const int LabelWidth = 200;
    private const int ValueWidth = 90;
    private const int PlotHeight = 260;
    private const int LegendRow = 20;

    private static readonly SKColor Ink = new(0x1b, 0x1f, 0x24);
    private static readonly SKColor Muted = new(0x57, 0x60, 0x6a);
    private static readonly SKColor Rule = new(0xd0, 0xd7, 0xde);
    private static readonly SKColor[] SeriesColors = [new(0x0b, 0x57, 0xd0), new(0x06, 0x76, 0x47), new(0x8a, 0x4b, 0x00), new(0xb4, 0x23, 0x18)];
    private static readonly Lazy<SKTypeface> Typeface = new(LoadTypeface);

    public const string MediaType = "image/png";

    /// <summary>
    /// The chart as PNG bytes, or null where SkiaSharp's native library is not available (a platform the build does
    /// not ship it for): the channel then sends the numbers without the picture.
    /// </summary>
    public static byte[]? TryPng(ChartContent chart)
    {
        try
        {
            return Png(chart);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The chart as PNG bytes.</summary>
    public static byte[] Png(ChartContent chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var rows = chart.Categories.Count * Math.Max(1, chart.Series.Count);
        var height = chart.Kind == ChartKind.Bar
            ? TitleHeight + (rows * BarRow) + (2 * Margin)
            : TitleHeight + PlotHeight + (3 * Margin) + 20 + (chart.Series.Count > 1 ? LegendRow * chart.Series.Count : 0);
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var title = new SKFont(Typeface.Value, 17) { Embolden = true };
        using var text = new SKFont(Typeface.Value, 13);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        canvas.DrawText(Fit(chart.Title ?? string.Join(", ", chart.Series.Select(s => s.Name)), title, Width - (2 * Margin)), Margin, Margin + 18, SKTextAlign.Left, title, ink);
        var max = chart.Series.SelectMany(s => s.Values.Concat(s.High ?? [])).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max;
        if (chart.Kind == ChartKind.Bar)
        {
            DrawBars(canvas, chart, max, text, ink);
        }
        else
        {
            DrawPlot(canvas, chart, max, text, ink);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawBars(SKCanvas canvas, ChartContent chart, double max, SKFont text, SKPaint ink)
    {
        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        var top = TitleHeight + Margin;
        var length = Width - (2 * Margin) - LabelWidth - ValueWidth;
        var row = 0;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            for (var s = 0; s < chart.Series.Count; s++, row++)
            {
                var value = i < chart.Series[s].Values.Count ? chart.Series[s].Values[i] : 0;
                var y = top + (row * BarRow);
                if (s == 0)
                {
                    canvas.DrawText(Fit(chart.Categories[i], text, LabelWidth - 10), Margin + LabelWidth - 10, y + 19, SKTextAlign.Right, text, ink);
                }

                using var bar = new SKPaint { Color = SeriesColors[s % SeriesColors.Length], IsAntialias = true };
                var width = (float)Math.Max(1, length * value / max);
                canvas.DrawRoundRect(new SKRect(Margin + LabelWidth, y + 5, Margin + LabelWidth + width, y + BarRow - 5), 3, 3, bar);
                var end = width;
                if (chart.Series[s] is { Low: { } low, High: { } high } && i < low.Count && i < high.Count)
                {
                    // The interval is a whisker across the bar's end; the value label moves past it.
                    using var whisker = new SKPaint { Color = Ink, IsAntialias = true, StrokeWidth = 1.5f };
                    var from = Margin + LabelWidth + (float)(length * low[i] / max);
                    end = (float)(length * high[i] / max);
                    canvas.DrawLine(from, y + (BarRow / 2f), Margin + LabelWidth + end, y + (BarRow / 2f), whisker);
                    canvas.DrawLine(from, y + 9, from, y + BarRow - 9, whisker);
                    canvas.DrawLine(Margin + LabelWidth + end, y + 9, Margin + LabelWidth + end, y + BarRow - 9, whisker);
                }

                canvas.DrawText(Value(chart, value), Margin + LabelWidth + end + 6, y + 19, SKTextAlign.Left, text, muted);
            }
        }
    }

    private static void DrawPlot(SKCanvas canvas, ChartContent chart, double max, SKFont text, SKPaint ink)
    {
        using var rule = new SKPaint { Color = Rule, IsAntialias = true, StrokeWidth = 1 };
        var left = Margin + 60f;
        var right = Width - Margin - 10f;
        var top = TitleHeight + Margin + 10f;
        var bottom = top + PlotHeight;
        var xs = chart.Series.SelectMany(s => s.X ?? []).ToList();
        var numericX = xs.Count > 0;
        var min = Math.Min(numericX ? double.MaxValue : 0, chart.Series.SelectMany(s => s.Values.Concat(s.Low ?? [])).DefaultIfEmpty(0).Min());
        if (numericX)
        {
            max = chart.Series.SelectMany(s => s.Values).Max();
        }

        var span = max - min > 0 ? max - min : 1;
        var xMin = numericX ? xs.Min() : 0;
        var xSpan = numericX ? (xs.Max() - xMin > 0 ? xs.Max() - xMin : 1) : Math.Max(1, chart.Categories.Count - 1);
        float X(double x) => left + (float)((right - left) * (x - xMin) / xSpan);
        float Y(double v) => bottom - (float)(PlotHeight * (v - min) / span);
        canvas.DrawLine(left, bottom, right, bottom, rule);
        canvas.DrawLine(left, top, left, bottom, rule);
        canvas.DrawText(Value(chart, max), left - 6, top + 5, SKTextAlign.Right, text, ink);
        canvas.DrawText(Value(chart, min), left - 6, bottom + 5, SKTextAlign.Right, text, ink);
        if (numericX)
        {
            canvas.DrawText(chart.XLabel ?? "", (left + right) / 2, bottom + 18, SKTextAlign.Center, text, ink);
            canvas.DrawText(chart.YLabel ?? "", left - 6, (top + bottom) / 2, SKTextAlign.Right, text, ink);
        }
        else
        {
            var step = chart.Categories.Count > 1 ? (right - left) / (chart.Categories.Count - 1) : 0;
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                canvas.DrawText(Fit(chart.Categories[i], text, Math.Max(40, step - 4)), left + (i * step), bottom + 18, SKTextAlign.Center, text, ink);
            }
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var points = series.Values.Select((v, i) => new SKPoint(X(numericX ? series.X![i] : i), Y(v))).ToArray();
            using var paint = new SKPaint { Color = SeriesColors[s % SeriesColors.Length], IsAntialias = true, StrokeWidth = 2.5f, Style = SKPaintStyle.Stroke };
            if (series is { Low: { } low, High: { } high } && !numericX && points.Length > 0)
            {
                using var band = new SKPaint { Color = paint.Color.WithAlpha(40), IsAntialias = true, Style = SKPaintStyle.Fill };
                using var outline = new SKPathBuilder();
                outline.MoveTo(X(0), Y(high[0]));
                for (var i = 1; i < high.Count; i++)
                {
                    outline.LineTo(X(i), Y(high[i]));
                }

                for (var i = low.Count - 1; i >= 0; i--)
                {
                    outline.LineTo(X(i), Y(low[i]));
                }

                outline.Close();
                using var area = outline.Detach();
                canvas.DrawPath(area, band);
            }

            if (chart.Kind == ChartKind.Area && points.Length > 0)
            {
                using var fill = new SKPaint { Color = paint.Color.WithAlpha(48), IsAntialias = true, Style = SKPaintStyle.Fill };
                using var outline = new SKPathBuilder();
                outline.MoveTo(points[0].X, bottom);
                foreach (var point in points)
                {
                    outline.LineTo(point);
                }

                outline.LineTo(points[^1].X, bottom);
                outline.Close();
                using var area = outline.Detach();
                canvas.DrawPath(area, fill);
            }

            if (chart.Kind != ChartKind.Scatter && points.Length > 1)
            {
                canvas.DrawPoints(SKPointMode.Polygon, points, paint);
            }

            paint.Style = SKPaintStyle.Fill;
            foreach (var point in points)
            {
                canvas.DrawCircle(point, numericX ? 2.5f : 3.5f, paint);
            }
        }

        if (chart.Series.Count > 1)
        {
            // One legend row per series under the plot, in the series' colour.
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var y = bottom + 30 + (s * LegendRow);
                using var swatch = new SKPaint { Color = SeriesColors[s % SeriesColors.Length], IsAntialias = true };
                canvas.DrawRect(new SKRect(left, y, left + 12, y + 12), swatch);
                canvas.DrawText(Fit(chart.Series[s].Name, text, right - left - 20), left + 18, y + 11, SKTextAlign.Left, text, ink);
            }
        }
    }

    // A label too wide for its column is cut with an ellipsis rather than drawn over the bars.
    private static string Fit(string label, SKFont font, float width)
    {
        if (font.MeasureText(label) <= width)
        {
            return label;
        }

        var cut = label;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    private static string Number(double value) => value.ToString(value % 1 == 0 ? "N0" : "N1", CultureInfo.InvariantCulture);

    // A share reads as a percentage; anything else as a number.
    private static string Value(ChartContent chart, double value) =>
        chart.Unit == "share" ? $"{(value * 100).ToString("0", CultureInfo.InvariantCulture)} %" : Number(value);

    private static SKTypeface LoadTypeface()
    {
        using var font = typeof(ChartImage).Assembly.GetManifestResourceStream("SegmentAI.Host.Channels.Charts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the chart typeface is missing from the assembly");
        return SKTypeface.FromStream(font) ?? throw new InvalidOperationException("the chart typeface could not be read");
    }
}
