using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>Hand-built runs: a passing case, a failing one whose texts hold markup characters, a failed known failure.</summary>
internal static class ReportRuns
{
    public const string Hostile = "<script>alert(\"x&y\")</script>";

    public static EvalRun Run(string runId = "segment_creation-2.0.0-20260101T000000Z-abcd1234", DateTimeOffset? startedAt = null, double accuracy = 0.5, string suiteId = "segment_creation_eval", string? tenantFilter = null)
    {
        var started = startedAt ?? new DateTimeOffset(2026, 1, 1, 9, 30, 0, TimeSpan.Zero);
        return new EvalRun
        {
            RunId = runId,
            SuiteId = suiteId,
            SkillId = "segment_creation",
            SkillVersion = "2.0.0",
            TenantFilter = tenantFilter,
            MinAccuracy = 0.9,
            StartedAt = started,
            FinishedAt = started.AddSeconds(42),
            CaseCount = 3,
            PassedCount = 1,
            Accuracy = accuracy,
            KnownFailureCount = 1,
            KnownFailurePassedCount = 0,
            Metrics =
            [
                new MetricSummary("conditions_match", 0.5, 2, 1),
                new MetricSummary("execution_accuracy", 0.75, 2, 1),
                new MetricSummary("kind_match", 1, 3, 0),
                new MetricSummary("clarification_recall", null, 0, 0),
            ],
            Cases =
            [
                new CaseResult("vip-customers", "acme-retail", ["single"], false, true, null, 1,
                [
                    new TurnResult(1, "customers with tier vip", "segment", "segment", "segment_creation@2.0.0", true, null,
                    [
                        Metric("kind_match", 1, failed: false, "kind segment"),
                        Metric("conditions_match", 1, failed: false, null),
                        new MetricResult("latency_ms", "numeric", 1500, null, "good", false, null, []),
                    ]),
                ]),
                new CaseResult("tricky-<b>&\"quotes\"", "dealflow", ["trap", "edit"], false, false, $"turn 1 \"{Hostile}\": conditions_match: expected tier in <vip> & \"gold\"", null,
                [
                    new TurnResult(1, Hostile, "segment", "clarification", null, false, "conditions_match: expected tier in <vip> & \"gold\"",
                    [
                        Metric("kind_match", 0, failed: true, "expected segment, got clarification"),
                        Metric("conditions_match", 0, failed: true, "expected tier in <vip> & \"gold\""),
                        new MetricResult("explanation_relevance", "numeric", null, null, "inconclusive", false, "not run", []),
                    ]),
                ]),
                new CaseResult("lapsed-buyers", "acme-retail", ["known_failure"], true, false, "turn 2 \"and lapsed\": execution_accuracy: 3 keys differ", null,
                [
                    new TurnResult(1, "buyers", "clarification", "clarification", "segment_creation@2.0.0", true, null, [Metric("kind_match", 1, failed: false, null)]),
                    new TurnResult(2, "and lapsed", "segment", "segment", "segment_creation@2.0.0", false, "execution_accuracy: 3 keys differ", [Metric("execution_accuracy", 0, failed: true, "3 keys differ")]),
                ]),
            ],
        };
    }

    private static MetricResult Metric(string name, double value, bool failed, string? reason) =>
        new(name, "boolean", value, null, failed ? "unacceptable" : "exceptional", failed, reason, []);
}
