using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Evals.Reports;

/// <summary>Gathers what a report needs (the trend from the results folder, the suite from the repository) and writes report files.</summary>
public static class EvalReportFiles
{
    /// <summary>
    /// The report on <paramref name="run"/>: its suite's trend from <paramref name="history"/> and the suite's
    /// expectations from <paramref name="layout"/>. A suite that no longer loads leaves the expected column out
    /// rather than failing the report.
    /// </summary>
    public static async Task<EvalReport> GatherAsync(EvalRun run, EvalRunHistory history, RepositoryLayout layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(layout);
        var trend = await history.TrendAsync(run, cancellationToken).ConfigureAwait(false);
        EvalSuite? suite;
        try
        {
            suite = EvalSuiteLoader.Load(layout.Skills, run.SkillId, run.SuiteId, layout.Root);
        }
        catch (Exception ex) when (ex is EvalSuiteFormatException or IOException or ArgumentException)
        {
            suite = null;
        }

        return new EvalReport(run, trend, suite);
    }

    /// <summary>Writes <paramref name="report"/> with <paramref name="writer"/> to <paramref name="path"/> (its folder is created).</summary>
    public static async Task WriteAsync(IEvalReportWriter writer, EvalReport report, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var output = new StreamWriter(full, append: false, new System.Text.UTF8Encoding(false));
        await using (output.ConfigureAwait(false))
        {
            await writer.WriteAsync(report, output, cancellationToken).ConfigureAwait(false);
        }
    }
}
