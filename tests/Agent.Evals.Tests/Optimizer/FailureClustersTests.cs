using SegmentAI.Evals.Gates;
using SegmentAI.Evals.Optimizer;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Evals.Tests.Optimizer;

public sealed class FailureClustersTests
{
    [Fact]
    public void A_failed_case_joins_one_cluster_keyed_by_its_leading_metric_with_details_taken_out()
    {
        var run = Run(
            Failed("a", ("conditions_match", "no segment in the reply"), ("kind_match", "expected segment, got clarification")),
            Failed("b", ("kind_match", "expected segment, got clarification")),
            Failed("c", ("conditions_match", "no condition like region in [EMEA]")),
            Failed("d", ("clarification_decision", "asked about facet_choice:in europe where no question was expected")),
            Failed("e", ("clarification_decision", "asked about facet_choice:investors where no question was expected")),
            Passed("f"),
            Failed("g", known: true, ("kind_match", "expected refusal, got segment")));

        var clusters = FailureClusters.FromRun(run);

        Assert.Equal(
            [
                ("clarification_decision/asked about facet_choice where no question was expected", "d,e"),
                ("kind_match/expected segment, got clarification", "a,b"),
                ("conditions_match/missing facet region", "c"),
            ],
            clusters.Select(c => (c.Key, string.Join(",", c.Items))));
    }

    [Fact]
    public void Low_ratings_edits_right_after_creation_and_abandoned_drafts_of_the_skill_are_clustered_by_signal()
    {
        var at = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        FeedbackRecord[] feedback =
        [
            new("dealflow", "u1", "s1", 1, FeedbackKind.Rating, 2, "wrong facet", "segment_creation", "1.0.1", at),
            new("dealflow", "u2", "s2", 1, FeedbackKind.Rating, 4, null, "segment_creation", "1.0.1", at),
            new("dealflow", "u3", "s3", 1, FeedbackKind.EditedAfterCreation, null, null, "segment_creation", "1.0.1", at),
            new("dealflow", "u4", "s4", 1, FeedbackKind.Abandoned, null, null, "segment_creation", "1.0.1", at),
            new("dealflow", "u5", "s5", 1, FeedbackKind.Rating, 1, null, "segment_edit", "1.0.0", at),
        ];

        var clusters = FailureClusters.FromFeedback(feedback, "segment_creation");

        Assert.Equal(
            [("feedback/abandoned", "dealflow/s4"), ("feedback/edited_after_creation", "dealflow/s3"), ("feedback/low_rating", "dealflow/s1")],
            clusters.Select(c => (c.Key, string.Join(",", c.Items))));
    }

    [Fact]
    public void Turns_to_success_is_compared_over_the_cases_both_versions_succeeded_in()
    {
        // The candidate also fixes a three-turn case: its plain mean rises (1 -> 1.67) without any case taking longer.
        var active = Run([Summary(1.0)], Success("a", 1), Success("b", 1), Failed("c", ("kind_match", "expected segment, got clarification")));
        var candidate = Run([Summary(5.0 / 3)], Success("a", 1), Success("b", 1), Success("c", 3));
        var slower = Run([Summary(1.5)], Success("a", 2), Success("b", 1), Failed("c", ("kind_match", "expected segment, got clarification")));

        Assert.Empty(MetricRegressions.Find(active, candidate));
        Assert.Equal("turns_to_success", Assert.Single(MetricRegressions.Find(active, slower)).Name);
    }

    private static MetricSummary Summary(double mean) => new("turns_to_success", mean, 2, 0);

    private static EvalRun Run(params CaseResult[] cases) => Run([], cases);

    private static EvalRun Run(IReadOnlyList<MetricSummary> metrics, params CaseResult[] cases) => new()
    {
        RunId = "segment_creation-1.0.1-20261122T000000Z-00000000",
        SuiteId = "segment_creation_eval",
        SkillId = "segment_creation",
        SkillVersion = "1.0.1",
        MinAccuracy = 0.85,
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch,
        CaseCount = cases.Length,
        PassedCount = cases.Count(c => c.Passed),
        Accuracy = 0,
        KnownFailureCount = cases.Count(c => c.KnownFailure),
        KnownFailurePassedCount = 0,
        Metrics = metrics,
        Cases = cases,
    };

    private static CaseResult Passed(string id) => Success(id, 1);

    private static CaseResult Success(string id, int turns) => new(id, "dealflow", [], false, true, null, turns, []);

    private static CaseResult Failed(string id, params (string Metric, string Reason)[] failed) => Failed(id, known: false, failed);

    private static CaseResult Failed(string id, bool known, params (string Metric, string Reason)[] failed) => new(
        id, "dealflow", known ? ["known_failure"] : [], known, false, "turn 1", null,
        [new TurnResult(1, "say", "segment", "clarification", null, false, "failed", [.. failed.Select(f => new MetricResult(f.Metric, "boolean", 0, null, "unacceptable", true, f.Reason, []))])]);
}
