using System.Globalization;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Tests.Tenants;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>
/// Plays every suite case through the real engine with the harness's runner and evaluators, reports the pass rate
/// overall, per suite and per tag, and lists every failure with its reason. The floor only rises as the engine improves.
/// </summary>
public sealed class ConversationCasesRunTests(ConversationCaseWarehouses fixture, ITestOutputHelper output) : IClassFixture<ConversationCaseWarehouses>
{
    private const double PassRateFloor = 0.91;

    [Fact]
    public async Task Suite_cases_pass_at_or_above_the_floor_and_every_condition_is_grounded()
    {
        var runner = new EvalRunner(fixture.Engine, RepositoryTenants.Directory, fixture.Warehouses, SuiteEvaluators.Create(), TimeProvider.System);
        var runs = new List<EvalRun>();
        foreach (var suite in ConversationCaseFiles.Suites)
        {
            runs.Add(await runner.RunAsync(suite, "active", 0));
        }

        var results = runs.SelectMany(r => r.Cases).Where(c => !c.KnownFailure).ToList();
        var ungrounded = runs.SelectMany(r => r.Cases).SelectMany(c => c.Turns.Select(t => (Case: c, Turn: t)))
            .Where(x => x.Turn.Metrics.Any(m => m.Name == GroundingEvaluator.GroundingRatioMetric && m.Failed))
            .Select(x => $"{x.Case.CaseId} turn {x.Turn.Index}")
            .ToList();
        var rate = (double)results.Count(r => r.Passed) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Passed {results.Count(r => r.Passed)} of {results.Count} cases ({rate:P1}); known failures: {runs.Sum(r => r.KnownFailureCount)}."));
        foreach (var run in runs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {run.SuiteId,-26} {run.PassedCount,3}/{run.CaseCount - run.KnownFailureCount,-3}"));
        }

        foreach (var tag in results.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var tagged = results.Where(r => r.Tags.Contains(tag)).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tag,-14} {tagged.Count(r => r.Passed),3}/{tagged.Count,-3}"));
        }

        foreach (var failure in runs.SelectMany(r => r.Cases).Where(r => !r.Passed))
        {
            output.WriteLine($"FAIL {failure.CaseId}{(failure.KnownFailure ? " (known failure)" : "")}: {failure.FailureReason}");
        }

        Assert.Empty(ungrounded);
        Assert.True(rate >= PassRateFloor, string.Create(CultureInfo.InvariantCulture, $"pass rate {rate:P1} is below the floor {PassRateFloor:P0}"));
    }
}
