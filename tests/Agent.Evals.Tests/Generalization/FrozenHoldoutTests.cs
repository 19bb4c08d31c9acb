using SegmentAI.Evals.Generalization;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Generalization;

public sealed class FrozenHoldoutTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void The_draw_takes_the_share_of_the_suite_and_repeats_exactly_for_the_same_seed()
    {
        var suite = Suite(50);

        var first = FrozenHoldout.Draw(suite, Today);
        var again = FrozenHoldout.Draw(suite, Today);
        var otherSeed = FrozenHoldout.Draw(suite, Today, seed: 7);

        Assert.Equal(20, first.Cases.Count);
        Assert.Equal(first.Cases.Keys.Order(), again.Cases.Keys.Order());
        Assert.NotEqual(first.Cases.Keys.Order(), otherSeed.Cases.Keys.Order());
    }

    [Fact]
    public void A_holdout_case_edited_after_the_freeze_is_named_and_added_cases_are_dev()
    {
        var suite = Suite(10);
        var holdout = FrozenHoldout.Draw(suite, Today);
        var edited = holdout.Cases.Keys.First();
        var changed = suite with
        {
            Cases = [.. suite.Cases.Select(c => c.Id == edited ? c with { Turns = [c.Turns[0] with { Say = "tuned words" }] } : c), Case("gen-test-added")],
        };

        var problems = holdout.ProblemsWith(changed);

        Assert.Contains(problems, p => p.Contains(edited, StringComparison.Ordinal) && p.Contains("changed after the holdout was frozen", StringComparison.Ordinal));
        Assert.Single(problems);
        Assert.False(holdout.Contains("gen-test-added"));
    }

    [Fact]
    public void A_missing_holdout_case_is_named()
    {
        var suite = Suite(10);
        var holdout = FrozenHoldout.Draw(suite, Today);
        var removed = holdout.Cases.Keys.First();

        var problems = holdout.ProblemsWith(suite with { Cases = [.. suite.Cases.Where(c => c.Id != removed)] });

        Assert.Equal([$"holdout case '{removed}' is missing from the suite"], problems);
    }

    [Fact]
    public void A_saved_holdout_reads_back_as_it_was()
    {
        var holdout = FrozenHoldout.Draw(Suite(12), Today);
        var path = Path.Combine(Directory.CreateTempSubdirectory("holdout-").FullName, "holdout.yaml");

        holdout.Save(path);
        var read = FrozenHoldout.Load(path);

        Assert.Equal((holdout.FrozenOn, holdout.Seed, holdout.Share), (read.FrozenOn, read.Seed, read.Share));
        Assert.Equal(holdout.Cases.OrderBy(c => c.Key), read.Cases.OrderBy(c => c.Key));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    private static EvalSuite Suite(int cases) =>
        new(GeneralizationSuite.SuiteId, GeneralizationSuite.SkillId, ["cases/acme-retail.yaml"], [.. Enumerable.Range(1, cases).Select(i => Case($"gen-test-{i:000}"))]);

    private static EvalCase Case(string id) =>
        new(id, "acme-retail", new DateOnly(2026, 11, 22), null, ["phrasing"],
            [new EvalTurn($"gold members {id}", new TurnExpectation { Kind = ReplyKind.Segment, ReferenceSql = "SELECT customer_id FROM customers WHERE loyalty_tier = 'gold'" }, 5)],
            "cases/acme-retail.yaml", 3);
}
