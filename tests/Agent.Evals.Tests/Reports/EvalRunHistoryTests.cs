using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>Runs read back from a results folder: the latest of a skill and a suite's trend.</summary>
public sealed class EvalRunHistoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("run-history-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_trend_holds_the_same_suite_and_tenants_up_to_the_run_oldest_first_and_skips_other_files()
    {
        var store = new FileEvalRunStore(_folder);
        await store.SaveAsync(ReportRuns.Run("b", Day(2)));
        await store.SaveAsync(ReportRuns.Run("a", Day(1)));
        await store.SaveAsync(ReportRuns.Run("later", Day(5)));
        await store.SaveAsync(ReportRuns.Run("other-suite", Day(1), suiteId: "help_eval"));
        await store.SaveAsync(ReportRuns.Run("one-tenant", Day(1), tenantFilter: "dealflow"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "gate-result.json"), "{\"verdict\":\"pass\"}");
        var history = new EvalRunHistory(_folder);

        var trend = await history.TrendAsync(ReportRuns.Run("c", Day(3)));

        Assert.Equal(["a", "b", "c"], trend.Select(r => r.RunId));
        Assert.Equal("later", (await history.LatestAsync("segment_creation"))!.RunId);
        Assert.Null(await history.LatestAsync("help"));
    }

    private static DateTimeOffset Day(int day) => new(2026, 1, day, 0, 0, 0, TimeSpan.Zero);
}
