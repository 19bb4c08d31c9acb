using System.Xml.Linq;
using SegmentAI.Evals.CommandLine;
using SegmentAI.Evals.Runs;
using Spectre.Console;

namespace SegmentAI.Evals.Tests.Reports;

/// <summary>The <c>report</c> command and <c>run --report</c> in process, on runs stored in a results folder.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-cmd-").FullName;
    private readonly StringWriter _written = new();

    public void Dispose()
    {
        _written.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Reports_a_stored_run_by_id_as_junit()
    {
        var run = ReportRuns.Run();
        await new FileEvalRunStore(_folder).SaveAsync(run);
        var file = Path.Combine(_folder, "out", "report.xml");

        var exit = await InvokeAsync("report", "--run", run.RunId, "--format", "junit", "--results", _folder, "--out", file);

        Assert.Equal(0, exit);
        var suite = XDocument.Load(file).Root!.Element("testsuite")!;
        Assert.Equal(("3", "1"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!));
        Assert.Contains($"wrote {file}", _written.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_the_latest_run_of_a_skill_as_html_with_the_suites_trend()
    {
        var store = new FileEvalRunStore(_folder);
        await store.SaveAsync(ReportRuns.Run("older", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), accuracy: 0.4));
        await store.SaveAsync(ReportRuns.Run("newest", new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), accuracy: 0.7));
        var file = Path.Combine(_folder, "report.html");

        var exit = await InvokeAsync("report", "--latest", "--skill", "segment_creation", "--format", "html", "--results", _folder, "--out", file);

        Assert.Equal(0, exit);
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("<code>newest</code>", html, StringComparison.Ordinal);
        Assert.Contains("(last 2 runs of this suite)", html, StringComparison.Ordinal);
        Assert.Empty(HtmlShape.Problems(html));
    }

    [Theory]
    [InlineData("report", "--run", "no-such-run", "--format", "html")]
    [InlineData("report", "--latest", "--skill", "help", "--format", "html")]
    [InlineData("report", "--latest", "--format", "html")]
    [InlineData("report", "--format", "html")]
    [InlineData("report", "--run", "x", "--latest", "--skill", "help")]
    [InlineData("report", "--run", "x", "--format", "pdf")]
    [InlineData("report", "--run", "../etc/passwd")]
    public async Task Cannot_report_without_exactly_one_existing_run_and_a_known_format(params string[] args)
    {
        var exit = await InvokeAsync([.. args, "--results", _folder, "--out", Path.Combine(_folder, "r.html")]);

        Assert.Equal(ReportCommand.CouldNotReport, exit);
        Assert.False(File.Exists(Path.Combine(_folder, "r.html")));
    }

    [Fact]
    public async Task Run_with_report_writes_html_and_junit_next_to_the_json()
    {
        var exit = await InvokeAsync("run", "--skill", "help", "--tenant", "acme-retail", "--out", _folder, "--report", "html,junit");

        Assert.Equal(0, exit);
        var json = Assert.Single(Directory.GetFiles(_folder, "*.json"));
        var stem = json[..^".json".Length];
        Assert.Contains("<h2 id=\"metrics-heading\">Metrics</h2>", await File.ReadAllTextAsync(stem + ".html"), StringComparison.Ordinal);
        Assert.Equal("0", (string)XDocument.Load(stem + ".junit.xml").Root!.Attribute("failures")!);
    }

    [Fact]
    public async Task Run_with_an_unknown_report_format_does_not_run()
    {
        var exit = await InvokeAsync("run", "--skill", "help", "--out", _folder, "--report", "html,pdf");

        Assert.Equal(RunCommand.CouldNotRun, exit);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private async Task<int> InvokeAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_written), ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 400;
        return await EvalCommandLine.Build(console).Parse(args).InvokeAsync();
    }
}
