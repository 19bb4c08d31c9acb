using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;

namespace SegmentAI.Evals.Reports;

/// <summary>What a report is written from.</summary>
/// <param name="Run">The run reported on.</param>
/// <param name="Trend">The same suite's runs up to and including <paramref name="Run"/>, oldest first.</param>
/// <param name="Suite">The suite as it is on disk now, for the expected side of each turn; null when it could not be read.</param>
public sealed record EvalReport(EvalRun Run, IReadOnlyList<EvalRun> Trend, EvalSuite? Suite)
{
    /// <summary>A report on <paramref name="run"/> alone: no earlier runs, no suite.</summary>
    public static EvalReport Of(EvalRun run) => new(run, [run], null);
}
