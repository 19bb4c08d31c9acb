using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>
/// <c>run --skill S [--version V] [--tenant T] [--out DIR] [--report html,junit]</c>: runs the skill's suite, prints a
/// summary table, writes the run as JSON and, with --report, the reports next to it. Exit code 0 when the accuracy reaches the skill's min_accuracy, 1 when it does not,
/// 2 when the run could not happen (unknown skill or tenant, broken suite).
/// </summary>
internal static class RunCommand
{
    public const int BelowMinAccuracy = 1;
    public const int CouldNotRun = 2;

    public static Command Build(IAnsiConsole console)
    {
        var skill = new Option<string>("--skill") { Description = "Skill id whose suite to run (a folder under skills/).", Required = true };
        var version = new Option<string?>("--version") { Description = "Skill version to run; the active version in skills/manifest.yaml when omitted." };
        var tenant = new Option<string?>("--tenant") { Description = "Run only this tenant's cases." };
        var output = new Option<string?>("--out") { Description = "Folder to write the run's JSON to (Evals:ResultsDirectory; default <state dir>/eval-runs)." };
        var reports = new Option<string?>("--report") { Description = $"Also write these reports next to the JSON, comma-separated: {EvalReportFormats.Names}." };
        var run = new Command("run", "Run a skill's eval suite through the real engine and write the result as JSON.") { skill, version, tenant, output, reports };
        run.SetAction((result, cancellationToken) => RunAsync(console, result.GetValue(skill)!, result.GetValue(version), result.GetValue(tenant), result.GetValue(output), result.GetValue(reports), cancellationToken));
        return run;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, string skillId, string? version, string? tenantFilter, string? output, string? reports, CancellationToken cancellationToken)
    {
        IReadOnlyList<IEvalReportWriter> writers;
        try
        {
            // Checked before the run, so a typo does not cost a whole suite.
            writers = reports is null ? [] : EvalReportFormats.Parse(reports);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: --report: {ex.Message}").ConfigureAwait(false);
            return CouldNotRun;
        }

        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (output is not null)
        {
            settings[$"{EvalOptions.SectionName}:{nameof(EvalOptions.ResultsDirectory)}"] = Path.GetFullPath(output);
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSegmentSkills()
            .AddEvals();
        if (version is not null)
        {
            services.PinSkillVersion(skillId, version);
        }

        await using var provider = services.BuildServiceProvider();
        try
        {
            var registry = provider.GetRequiredService<SkillRegistry>();
            var layout = provider.GetRequiredService<RepositoryLayout>();
            var skill = FindSkill(registry, skillId, version);
            if (tenantFilter is not null && provider.GetRequiredService<TenantDirectory>().Find(tenantFilter) is null)
            {
                throw new ArgumentException($"unknown tenant '{tenantFilter}'; tenants: {string.Join(", ", provider.GetRequiredService<TenantDirectory>().Tenants.Select(t => t.Id))}");
            }

            var suite = EvalSuiteLoader.Load(layout.Skills, skill.SkillId, skill.EvalSuiteId, layout.Root);
            if (tenantFilter is not null && !suite.Cases.Any(c => c.Tenant == tenantFilter))
            {
                throw new ArgumentException($"suite {suite.Id} has no case for tenant '{tenantFilter}'");
            }

            var evalRun = await provider.GetRequiredService<EvalRunner>().RunAsync(suite, skill.Version, skill.MinAccuracy, tenantFilter, cancellationToken).ConfigureAwait(false);
            var path = await provider.GetRequiredService<IEvalRunStore>().SaveAsync(evalRun, cancellationToken).ConfigureAwait(false);
            Print(console, evalRun, path);
            await WriteReportsAsync(console, writers, evalRun, path, layout, cancellationToken).ConfigureAwait(false);
            return evalRun.MeetsMinAccuracy ? 0 : BelowMinAccuracy;
        }
        catch (Exception ex) when (ex is ArgumentException or EvalSuiteFormatException or ConfigurationException or UnknownTenantException or SkillResolutionException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CouldNotRun;
        }
    }

    private static async Task WriteReportsAsync(IAnsiConsole console, IReadOnlyList<IEvalReportWriter> writers, EvalRun run, string jsonPath, RepositoryLayout layout, CancellationToken cancellationToken)
    {
        if (writers.Count == 0)
        {
            return;
        }

        var folder = Path.GetDirectoryName(jsonPath)!;
        var report = await EvalReportFiles.GatherAsync(run, new EvalRunHistory(folder), layout, cancellationToken).ConfigureAwait(false);
        foreach (var writer in writers.Where(w => w is not JsonEvalReportWriter))
        {
            var path = Path.Combine(folder, run.RunId + writer.FileExtension);
            await EvalReportFiles.WriteAsync(writer, report, path, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"wrote {Markup.Escape(path)}");
        }
    }

    private static Skill FindSkill(SkillRegistry registry, string skillId, string? version)
    {
        var versions = registry.Library.Versions(skillId);
        if (versions.Count == 0)
        {
            var hint = EditDistance.Suggest(skillId, registry.Library.SkillIds) is { } close ? $"; did you mean '{close}'?" : "";
            throw new ArgumentException($"unknown skill '{skillId}'{hint} (skills: {string.Join(", ", registry.Library.SkillIds.Order(StringComparer.Ordinal))})");
        }

        var wanted = version ?? registry.ActiveSkills().FirstOrDefault(s => s.SkillId == skillId)?.Version
            ?? throw new ArgumentException($"skill '{skillId}' has no active version; pass --version (loaded: {string.Join(", ", versions.Select(v => v.Version))})");
        return registry.Library.Find(skillId, wanted)
            ?? throw new ArgumentException($"skill {skillId} has no version {wanted} (loaded: {string.Join(", ", versions.Select(v => v.Version))})");
    }

    private static void Print(IAnsiConsole console, EvalRun run, string path)
    {
        var table = new Table().AddColumn("metric").AddColumn(new TableColumn("mean").RightAligned()).AddColumn(new TableColumn("count").RightAligned()).AddColumn(new TableColumn("failed").RightAligned());
        foreach (var metric in run.Metrics)
        {
            table.AddRow(
                Markup.Escape(metric.Name),
                metric.Mean is { } mean ? mean.ToString("0.###", CultureInfo.InvariantCulture) : "-",
                metric.Count.ToString(CultureInfo.InvariantCulture),
                metric.FailedCount.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var failed in run.Cases.Where(c => !c.Passed))
        {
            console.MarkupLine($"[red]FAIL[/] {Markup.Escape(failed.CaseId)}{(failed.KnownFailure ? " (known failure)" : "")}: {Markup.Escape(failed.FailureReason ?? "")}");
        }

        var counted = run.CaseCount - run.KnownFailureCount;
        var verdict = run.MeetsMinAccuracy ? "[green]meets[/]" : "[red]below[/]";
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{Markup.Escape(run.SuiteId)} for {Markup.Escape(run.SkillId)}@{Markup.Escape(run.SkillVersion)}: {run.PassedCount}/{counted} passed, accuracy {run.Accuracy:P1} {verdict} min_accuracy {run.MinAccuracy:P0}; known failures {run.KnownFailurePassedCount}/{run.KnownFailureCount} passed"));
        console.MarkupLine($"wrote {Markup.Escape(path)}");
    }
}
