using SegmentAI.Evals.CommandLine;
using SegmentAI.Evals.Optimizer;
using SegmentAI.Evals.Tests.Gates;
using SegmentAI.Skills.Skills;
using Spectre.Console;

namespace SegmentAI.Evals.Tests.Optimizer;

public sealed class OptimizeCommandTests : IDisposable
{
    private readonly GateRepository _repository = new();
    private readonly StringWriter _written = new();

    public void Dispose()
    {
        _written.Dispose();
        _repository.Dispose();
    }

    [Fact]
    public async Task Without_promote_the_best_candidate_is_proposed_with_its_gate_and_nothing_goes_live()
    {
        _repository.AddSegmentCreation("1.0.1", GateRepository.StricterFacetThreshold);
        var manifest = (await File.ReadAllTextAsync(_repository.ManifestPath)).Replace("segment_creation: 1.0.0", "segment_creation: 1.0.1", StringComparison.Ordinal);
        await File.WriteAllTextAsync(_repository.ManifestPath, manifest);

        var exit = await RunAsync("optimize", "--skill", "segment_creation", "--tenant", "dealflow", "--candidates", "1");

        var text = _written.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("kind_match/expected segment, got clarification", text, StringComparison.Ordinal);
        Assert.Contains("facet_acceptance_threshold 0.95 -> 0.6", text, StringComparison.Ordinal);
        Assert.Contains("proposed segment_creation@1.0.2", text, StringComparison.Ordinal);
        Assert.Contains("proposer llm-rewrite: not run", text, StringComparison.Ordinal);
        Assert.Equal(manifest, await File.ReadAllTextAsync(_repository.ManifestPath));
        Assert.False(File.Exists(Path.Combine(_repository.Root, "skills", "segment_creation", "1.0.2.yaml")));
        Assert.Single(Directory.GetFiles(Path.Combine(_repository.Results, OptimizerJob.FolderName), "*.json"));
    }

    [Fact]
    public async Task Promote_without_a_user_is_refused_before_anything_runs()
    {
        var exit = await RunAsync("optimize", "--skill", "segment_creation", "--promote");

        Assert.Equal(OptimizeCommand.CouldNotRun, exit);
        Assert.False(Directory.Exists(Path.Combine(_repository.Results, OptimizerJob.FolderName)));
        Assert.Equal("1.0.0", SkillManifest.Load(_repository.ManifestPath).ActiveVersion("segment_creation"));
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_written), ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 1000;
        return await EvalCommandLine.Build(console).Parse([.. args, .. _repository.Options]).InvokeAsync();
    }
}
