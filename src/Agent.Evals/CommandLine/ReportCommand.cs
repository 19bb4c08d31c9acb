using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Hosting;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>
/// <c>report (--run RUN_ID | --latest --skill S) [--format html|json|junit] [--out FILE] [--results DIR]</c>: writes a
/// stored run as a report, to FILE or standard output. Exit code 0 when written, 2 when it could not be (no such run,
/// bad options).
/// </summary>
internal static class ReportCommand
{
    public const int CouldNotReport = 2;

    public static Command Build(IAnsiConsole console)
    {
        var runId = new Option<string?>("--run") { Description = "Id of the run to report on (the name of its JSON file without .json)." };
        var latest = new Option<bool>("--latest") { Description = "Report on the most recent run of --skill." };
        var skill = new Option<string?>("--skill") { Description = "Skill whose most recent run to report on (with --latest)." };
        var format = new Option<string>("--format") { Description = $"Report format: {EvalReportFormats.Names}.", DefaultValueFactory = _ => "html" };
        var output = new Option<string?>("--out") { Description = "File to write; standard output when omitted." };
        var results = new Option<string?>("--results") { Description = "Folder the runs are kept in (Evals:ResultsDirectory; default <state dir>/eval-runs)." };
        var report = new Command("report", "Write a stored eval run as an HTML, JUnit XML or JSON report.") { runId, latest, skill, format, output, results };
        report.SetAction((result, cancellationToken) => ReportAsync(
            console,
            new Request(result.GetValue(runId), result.GetValue(latest), result.GetValue(skill), result.GetValue(format)!, result.GetValue(output), result.GetValue(results)),
            cancellationToken));
        return report;
    }

    private sealed record Request(string? RunId, bool Latest, string? SkillId, string Format, string? Output, string? Results);

    private static async Task<int> ReportAsync(IAnsiConsole console, Request request, CancellationToken cancellationToken)
    {
        try
        {
            var writer = EvalReportFormats.Find(request.Format);
            var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (request.Results is not null)
            {
                settings[$"{EvalOptions.SectionName}:{nameof(EvalOptions.ResultsDirectory)}"] = Path.GetFullPath(request.Results);
            }

            await using var provider = new ServiceCollection()
                .AddLogging()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
                .AddSegmentSkills()
                .AddEvals()
                .BuildServiceProvider();
            var store = provider.GetRequiredService<IEvalRunStore>() as FileEvalRunStore
                ?? throw new ArgumentException("reports read runs from a results folder; the configured run store is not one");
            var history = new EvalRunHistory(store.Directory);
            var run = await FindRunAsync(request, store, history, cancellationToken).ConfigureAwait(false);
            var report = await EvalReportFiles.GatherAsync(run, history, provider.GetRequiredService<RepositoryLayout>(), cancellationToken).ConfigureAwait(false);
            if (request.Output is null)
            {
                await writer.WriteAsync(report, Console.Out, cancellationToken).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await EvalReportFiles.WriteAsync(writer, report, request.Output, cancellationToken).ConfigureAwait(false);
                console.MarkupLine($"wrote {Markup.Escape(Path.GetFullPath(request.Output))}");
            }

            return 0;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CouldNotReport;
        }
    }

    private static async Task<EvalRun> FindRunAsync(Request request, FileEvalRunStore store, EvalRunHistory history, CancellationToken cancellationToken)
    {
        if (request.RunId is not null == request.Latest)
        {
            throw new ArgumentException("say which run: either --run RUN_ID or --latest --skill SKILL");
        }

        if (request.RunId is { } id)
        {
            return await store.FindAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new ArgumentException($"no run '{id}' in {store.Directory}; run ids are the names of the .json files there (or pass --results DIR)");
        }

        if (string.IsNullOrWhiteSpace(request.SkillId))
        {
            throw new ArgumentException("--latest needs --skill SKILL: the skill whose most recent run to report on");
        }

        return await history.LatestAsync(request.SkillId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"no run of skill '{request.SkillId}' in {store.Directory}; run one with 'run --skill {request.SkillId}' (or pass --results DIR)");
    }
}
