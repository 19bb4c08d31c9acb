using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.CommandLine;
using SegmentAI.Evals.Gates;
using SegmentAI.Evals.Hosting;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;
using Spectre.Console;

namespace SegmentAI.Evals.Tests.Gates;

/// <summary>The gate, promote and rollback commands in process, on a copy of the repository and a temporary memory.</summary>
public sealed class GateCommandTests : IDisposable
{
    private const string Dealflow = "dealflow";

    private readonly GateRepository _repository = new();
    private readonly StringWriter _written = new();

    public void Dispose()
    {
        _written.Dispose();
        _repository.Dispose();
    }

    [Fact]
    public async Task A_worsened_candidate_fails_the_gate_naming_the_regressed_metrics_its_rejection_is_recorded_and_it_cannot_be_promoted()
    {
        _repository.AddSegmentCreation("1.0.1", GateRepository.StricterFacetThreshold);
        var manifestBefore = await File.ReadAllTextAsync(_repository.ManifestPath);

        var exit = await RunAsync("gate", "--skill", "segment_creation", "--candidate", "1.0.1", "--tenant", Dealflow);
        var result = await OnlyGateAsync();
        var promote = await RunAsync("promote", "--skill", "segment_creation", "--version", "1.0.1", "--gate", result.GateId, "--by", "alice.admin@acme");

        Assert.Equal(GateCommand.Failed, exit);
        Assert.Equal(GateStatus.Failed, result.Status);
        Assert.Equal([GateStatus.Failed, GateStatus.Failed, GateStatus.Skipped], result.Checks.Select(c => c.Status));
        var kindMatch = Assert.Single(result.RegressedMetrics, m => m.Name == "kind_match");
        Assert.True(kindMatch.CandidateMean < kindMatch.ActiveMean - MetricRegressions.MaxPointDrop);
        Assert.Contains("kind_match", _written.ToString(), StringComparison.Ordinal);
        Assert.False(result.Approval.Passed);
        Assert.Equal(PromoteCommand.Refused, promote);
        Assert.Equal(manifestBefore, await File.ReadAllTextAsync(_repository.ManifestPath));
        var decision = Assert.Single(await HistoryAsync());
        Assert.Equal((DecisionKind.Rejected, "1.0.1", result.CandidateRunId), (decision.Kind, decision.ToVersion, decision.EvalRunId));
        Assert.Contains("kind_match", decision.GateSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_equal_candidate_passes_and_its_promotion_and_rollback_are_recorded_with_the_eval_run()
    {
        _repository.AddSegmentCreation("1.0.1", text => text);

        var gate = await RunAsync("gate", "--skill", "segment_creation", "--candidate", "1.0.1", "--tenant", Dealflow);
        var result = await OnlyGateAsync();
        var promote = await RunAsync("promote", "--skill", "segment_creation", "--version", "1.0.1", "--gate", result.GateId, "--by", "alice.admin@acme");
        var liveAfterPromotion = SkillManifest.Load(_repository.ManifestPath).ActiveVersion("segment_creation");
        var rollback = await RunAsync("rollback", "--skill", "segment_creation", "--by", "alice.admin@acme", "--reason", "pilot feedback");

        Assert.Equal((0, GateStatus.Passed), (gate, result.Status));
        Assert.Empty(result.RegressedMetrics);
        Assert.True(result.Approval.Passed);
        Assert.Equal((0, "1.0.1"), (promote, liveAfterPromotion));
        Assert.Equal(0, rollback);
        Assert.Equal("1.0.0", SkillManifest.Load(_repository.ManifestPath).ActiveVersion("segment_creation"));
        var history = await HistoryAsync();
        Assert.Equal([DecisionKind.RolledBack, DecisionKind.Promoted], history.Select(d => d.Kind));
        Assert.All(history, d => Assert.Equal(result.CandidateRunId, d.EvalRunId));
        Assert.Contains("\"shadow\":\"passed\"", history[1].GateSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promote_refuses_a_gate_id_that_was_never_stored_and_changes_nothing()
    {
        _repository.AddSegmentCreation("1.0.1", text => text);
        var manifestBefore = await File.ReadAllTextAsync(_repository.ManifestPath);

        var exit = await RunAsync("promote", "--skill", "segment_creation", "--version", "1.0.1", "--gate", "gate-segment_creation-1.0.1-made-up", "--by", "alice.admin@acme");

        Assert.Equal(PromoteCommand.Refused, exit);
        Assert.Equal(manifestBefore, await File.ReadAllTextAsync(_repository.ManifestPath));
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task A_candidate_version_that_does_not_exist_cannot_be_gated()
    {
        var exit = await RunAsync("gate", "--skill", "segment_creation", "--candidate", "9.9.9");

        Assert.Equal(GateCommand.CouldNotRun, exit);
        Assert.False(Directory.Exists(Path.Combine(_repository.Results, EvalResultsLocation.GatesFolderName)));
    }

    private async Task<GateResult> OnlyGateAsync()
    {
        var store = new FileGateResultStore(Path.Combine(_repository.Results, EvalResultsLocation.GatesFolderName));
        var file = Assert.Single(Directory.GetFiles(store.Directory, "*.json"));
        return (await store.FindAsync(Path.GetFileNameWithoutExtension(file)))!;
    }

    private async Task<IReadOnlyList<SkillDecision>> HistoryAsync()
    {
        await using var services = await EvalHosts.WithMemoryAsync(EvalHosts.Configuration(_repository.Root, _repository.StateDirectory, _repository.Results), CancellationToken.None);
        return await services.GetRequiredService<ISkillPromotionLog>().HistoryAsync("segment_creation", null);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_written), ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 400;
        return await EvalCommandLine.Build(console).Parse([.. args, .. _repository.Options]).InvokeAsync();
    }
}
