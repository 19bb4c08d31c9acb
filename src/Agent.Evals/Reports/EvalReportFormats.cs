namespace SegmentAI.Evals.Reports;

/// <summary>The report formats and how they are named on the command line.</summary>
internal static class EvalReportFormats
{
    /// <summary>Every writer: json, html, junit.</summary>
    public static IReadOnlyList<IEvalReportWriter> All { get; } = [new JsonEvalReportWriter(), new HtmlEvalReportWriter(), new JUnitEvalReportWriter()];

    /// <summary>The names, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(w => w.Format));

    /// <summary>The writer named <paramref name="format"/> (case-insensitive); throws <see cref="ArgumentException"/> naming the formats when there is none.</summary>
    public static IEvalReportWriter Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown report format '{format}'; formats: {Names}");

    /// <summary>The writers of a comma-separated list such as <c>html,junit</c>, each once, in the order given.</summary>
    public static IReadOnlyList<IEvalReportWriter> Parse(string formats)
    {
        var names = (formats ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length == 0
            ? throw new ArgumentException($"no report format given; formats: {Names}")
            : [.. names.Select(Find).Distinct()];
    }
}
