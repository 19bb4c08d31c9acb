using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Tests.Runs;

/// <summary>The runner end to end: a real suite through the real engine, its run stored as JSON and read back.</summary>
public sealed class EvalRunnerTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("runs-").FullName;
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Evals:ResultsDirectory", Path.Combine(_folder, "results")),
            new("Evals:WarehouseDirectory", Path.Combine(_folder, "warehouses")),
        ]).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSegmentSkills()
            .AddEvals()
            .BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Runs_the_user_memory_suite_for_one_tenant_and_summarizes_every_metric()
    {
        var suite = Suite("user_memory");

        var run = await _services.GetRequiredService<EvalRunner>().RunAsync(suite, "1.0.0", 0.9, "acme-retail");

        Assert.Equal(suite.Cases.Count(c => c.Tenant == "acme-retail"), run.CaseCount);
        Assert.All(run.Cases, c => Assert.Equal("acme-retail", c.Tenant));
        Assert.Equal(run.Cases.Select(c => c.CaseId), suite.Cases.Where(c => c.Tenant == "acme-retail").Select(c => c.Id));
        var counted = run.Cases.Where(c => !c.KnownFailure).ToList();
        Assert.True(counted.All(c => c.Passed), string.Join("; ", counted.Where(c => !c.Passed).Select(c => c.FailureReason)));
        Assert.Equal(1.0, run.Accuracy);
        Assert.True(run.MeetsMinAccuracy);
        Assert.All(run.Cases, c => Assert.Equal("user_memory@1.0.0", c.Turns[0].Skill));
        var execution = Assert.Single(run.Metrics, m => m.Name == ExecutionAccuracyEvaluator.ExecutionAccuracyMetric);
        Assert.Equal((1.0, 1, 0), (execution.Mean!.Value, execution.Count, execution.FailedCount));
        // Turns to success exist only for the cases that succeeded.
        Assert.Contains(run.Metrics, m => m.Name == "turns_to_success" && m.Count == run.Cases.Count(c => c.Passed));
    }

    [Fact]
    public async Task A_known_failure_is_reported_apart_from_the_accuracy()
    {
        var suite = Suite("help");
        var failing = suite.Cases[0] with
        {
            Id = "help-expects-a-refusal",
            Tags = [EvalCase.KnownFailureTag],
            Turns = [suite.Cases[0].Turns[0] with { Expect = new TurnExpectation { Kind = Skills.Chat.ReplyKind.Refusal } }],
        };

        var run = await _services.GetRequiredService<EvalRunner>().RunAsync(suite with { Cases = [failing, .. suite.Cases] }, "1.0.0", 0.85);

        Assert.Equal((1, 0), (run.KnownFailureCount, run.KnownFailurePassedCount));
        Assert.Equal(suite.Cases.Count, run.PassedCount);
        Assert.Equal(1.0, run.Accuracy);
        Assert.StartsWith("turn 1 ", run.Cases[0].FailureReason, StringComparison.Ordinal);
        Assert.Null(run.Cases[0].TurnsToSuccess);
    }

    [Fact]
    public async Task A_stored_run_reads_back_equal_in_snake_case_with_its_schema_version()
    {
        var run = await _services.GetRequiredService<EvalRunner>().RunAsync(Suite("segment_overlap"), "1.0.0", 0.85, "dealflow");
        var store = _services.GetRequiredService<IEvalRunStore>();

        var path = await store.SaveAsync(run);
        var json = await File.ReadAllTextAsync(path);
        var read = await store.FindAsync(run.RunId);

        Assert.Equal(Path.Combine(_folder, "results", run.RunId + ".json"), path);
        Assert.Contains("\"schema_version\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"known_failure_passed_count\"", json, StringComparison.Ordinal);
        Assert.Equal(EvalRunJson.Serialize(run), EvalRunJson.Serialize(read!));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void A_pinned_version_answers_for_every_tenant_and_other_skills_keep_theirs()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSegmentSkills()
            .PinSkillVersion("help", "2.0.0-candidate");
        using var provider = services.BuildServiceProvider();

        var versions = provider.GetRequiredService<IActiveSkillVersions>();

        Assert.Equal("2.0.0-candidate", versions.ActiveVersion("help"));
        Assert.Equal("2.0.0-candidate", versions.PinnedVersion("help", "acme-retail"));
        Assert.Equal("1.0.0", versions.ActiveVersion("segment_creation"));
    }

    private EvalSuite Suite(string skillId)
    {
        var layout = _services.GetRequiredService<RepositoryLayout>();
        var skill = _services.GetRequiredService<SkillRegistry>().ActiveSkills().Single(s => s.SkillId == skillId);
        return EvalSuiteLoader.Load(layout.Skills, skillId, skill.EvalSuiteId, layout.Root);
    }
}
