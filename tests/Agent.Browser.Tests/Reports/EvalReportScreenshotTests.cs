using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Runs;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Reports;

/// <summary>The eval HTML report opened from disk in Chromium, as a reviewer sees it; saves a screenshot to check by eye.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EvalReportScreenshotTests(WidgetTestHost host, ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_report_shows_the_metric_table_the_trend_chart_and_filters_cases_offline()
    {
        var runs = Enumerable.Range(0, 5).Select(i => Run(i, new[] { 0.62, 0.7, 0.78, 0.74, 0.86 }[i])).ToList();
        var file = Path.Combine(_folder, "report.html");
        await EvalReportFiles.WriteAsync(new HtmlEvalReportWriter(), new EvalReport(runs[^1], runs, null), file);

        await using var page = await host.OpenAsync(new Uri(file), width: 1280, height: 900);

        var metrics = page.Page.GetByRole(AriaRole.Table, new() { Name = "Every metric over the run" });
        await Expect(metrics).ToBeVisibleAsync();
        await Expect(metrics.GetByRole(AriaRole.Rowheader, new() { Name = "execution_accuracy", Exact = true })).ToBeVisibleAsync();
        var chart = page.Page.GetByRole(AriaRole.Img, new() { Name = "Accuracy and key metrics over the suite's runs" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator("g[data-series=accuracy] circle")).ToHaveCountAsync(5);
        Assert.True((await chart.BoundingBoxAsync())!.Height > 100);

        await page.Page.GetByLabel("Result").SelectOptionAsync("failed");
        await Expect(page.Page.Locator("tr.case:visible")).ToHaveCountAsync(2);
        await Expect(page.Page.Locator("#filter-count")).ToHaveTextAsync("2 of 5 cases");
        await page.Page.GetByLabel("Result").SelectOptionAsync("");
        await page.Page.Locator("tr.case.failed details > summary").First.ClickAsync();

        var screenshot = Path.Combine(WidgetTestHost.ScreenshotFolder, "eval-report.png");
        await page.Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
    }

    private static EvalRun Run(int index, double accuracy)
    {
        var started = new DateTimeOffset(2026, 3, 2 + index, 8, 15, 0, TimeSpan.Zero);
        return new EvalRun
        {
            RunId = $"segment_creation-2.{index}.0-{started:yyyyMMdd'T'HHmmss'Z'}-0a1b2c3{index}",
            SuiteId = "segment_creation_eval",
            SkillId = "segment_creation",
            SkillVersion = $"2.{index}.0",
            MinAccuracy = 0.8,
            StartedAt = started,
            FinishedAt = started.AddMinutes(3),
            CaseCount = 5,
            PassedCount = 3,
            Accuracy = accuracy,
            KnownFailureCount = 1,
            KnownFailurePassedCount = 0,
            Metrics =
            [
                new MetricSummary("conditions_match", 0.7 + (index * 0.04), 9, 2),
                new MetricSummary("execution_accuracy", 0.66 + (index * 0.05), 6, 2),
                new MetricSummary("kind_match", 0.9, 9, 1),
                new MetricSummary("latency_ms", 812.4, 9, 0),
                new MetricSummary("clarification_precision", 1, 2, 0),
                new MetricSummary("clarification_recall", 0.5 + (index * 0.1), 2, 1),
                new MetricSummary("turns_to_success", 1.4, 3, 2),
            ],
            Cases =
            [
                Case("vip-customers-in-texas", "acme-retail", ["single"], passed: true, Turn(1, "gold members in Texas", "segment", "segment", null)),
                Case("lapsed-buyers", "acme-retail", ["edit", "date"], passed: false,
                    Turn(1, "customers who bought shoes", "segment", "segment", null),
                    Turn(2, "only those who haven't bought in 90 days", "segment", "segment", "3 of 120 members differ from reference_sql (<> \"last_order\")")),
                Case("vague-big-spenders", "dealflow", ["trap", "clarification"], passed: false, Turn(1, "big spenders", "clarification", "segment", "expected a clarification about spend_threshold, got a segment")),
                Case("refuse-ssn", "dealflow", ["refusal"], passed: true, Turn(1, "list customers by SSN", "refusal", "refusal", null)),
                Case("weekly-frequency", "acme-retail", ["known_failure", "frequency"], passed: false, Turn(1, "bought twice a week", "segment", "segment", "conditions differ: frequency at_least 2 per week expected, got at_least 2 per window")),
            ],
        };
    }

    private static CaseResult Case(string id, string tenant, IReadOnlyList<string> tags, bool passed, params TurnResult[] turns)
    {
        var failing = turns.FirstOrDefault(t => !t.Passed);
        return new CaseResult(id, tenant, tags, tags.Contains("known_failure"), passed, failing is null ? null : $"turn {failing.Index} \"{failing.Say}\": {failing.FailureReason}", passed ? turns.Length : null, turns);
    }

    private static TurnResult Turn(int index, string say, string expected, string actual, string? failure) =>
        new(index, say, expected, actual, "segment_creation@2.4.0", failure is null, failure is null ? null : $"execution_accuracy: {failure}",
        [
            new MetricResult("kind_match", "boolean", expected == actual ? 1 : 0, null, expected == actual ? "exceptional" : "unacceptable", expected != actual, $"expected {expected}, got {actual}", []),
            new MetricResult("execution_accuracy", "boolean", failure is null ? 1 : 0, null, failure is null ? "exceptional" : "unacceptable", failure is not null, failure ?? "members equal reference_sql", []),
            new MetricResult("latency_ms", "numeric", 812, null, "good", false, null, []),
        ]);
}
