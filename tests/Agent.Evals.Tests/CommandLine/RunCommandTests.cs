using SegmentAI.Evals.CommandLine;
using SegmentAI.Evals.Runs;
using Spectre.Console;

namespace SegmentAI.Evals.Tests.CommandLine;

/// <summary>The <c>run</c> command in process: its exit code, its summary table and its JSON file.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("run-cmd-").FullName;
    private readonly StringWriter _written = new();

    public void Dispose()
    {
        _written.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task Runs_a_skills_suite_prints_the_summary_and_writes_the_run_as_json()
    {
        var exit = await RunAsync("run", "--skill", "help", "--tenant", "acme-retail", "--out", _out);

        var file = Assert.Single(Directory.GetFiles(_out, "*.json"));
        var run = EvalRunJson.Deserialize(await File.ReadAllTextAsync(file));
        Assert.Equal(0, exit);
        Assert.Equal(("help_eval", "help", "1.0.0", "acme-retail"), (run.SuiteId, run.SkillId, run.SkillVersion, run.TenantFilter));
        Assert.Equal(1.0, run.Accuracy);
        Assert.Contains("kind_match", _written.ToString(), StringComparison.Ordinal);
        Assert.Contains($"wrote {file}", _written.ToString().Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_skill_cannot_run_and_writes_nothing()
    {
        var exit = await RunAsync("run", "--skill", "hlep", "--out", _out);

        Assert.Equal(RunCommand.CouldNotRun, exit);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Fact]
    public async Task A_version_that_does_not_exist_cannot_run()
    {
        var exit = await RunAsync("run", "--skill", "help", "--version", "9.9.9", "--out", _out);

        Assert.Equal(RunCommand.CouldNotRun, exit);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_written), ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 400;
        return await EvalCommandLine.Build(console).Parse(args).InvokeAsync();
    }
}
