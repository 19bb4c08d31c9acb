using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>
/// <c>check [--tenant T]</c>: gate 1 for every live skill — its suite's accuracy reaches its <c>min_accuracy</c> —
/// one line per skill, for CI: a change that makes a live skill worse fails the build. Exit code 0 when every skill
/// meets its bar, 1 when one does not, 2 when a suite could not run.
/// </summary>
internal static class CheckCommand
{
    public const int BelowMinAccuracy = 1;
    public const int CouldNotRun = 2;

    public static Command Build(IAnsiConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Run only this tenant's cases." };
        var harness = new HarnessOptions();
        var command = new Command("check", "Check every live skill's suite against its min_accuracy (CI's eval gate).") { tenant };
        harness.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                await using var provider = EvalHosts.Engine(harness.Configuration(result));
                return await CheckAsync(console, provider, result.GetValue(tenant), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ArgumentException or EvalSuiteFormatException or ConfigurationException or UnknownTenantException or SkillResolutionException)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return CouldNotRun;
            }
        });
        return command;
    }

    private static async Task<int> CheckAsync(IAnsiConsole console, IServiceProvider provider, string? tenantFilter, CancellationToken cancellationToken)
    {
        var layout = provider.GetRequiredService<RepositoryLayout>();
        if (tenantFilter is not null && provider.GetRequiredService<TenantDirectory>().Find(tenantFilter) is null)
        {
            throw new ArgumentException($"unknown tenant '{tenantFilter}'");
        }

        var runner = provider.GetRequiredService<EvalRunner>();
        var store = provider.GetRequiredService<IEvalRunStore>();
        var below = 0;
        foreach (var skill in provider.GetRequiredService<SkillRegistry>().ActiveSkills().OrderBy(s => s.SkillId, StringComparer.Ordinal))
        {
            var suite = EvalSuiteLoader.Load(layout.Skills, skill.SkillId, skill.EvalSuiteId, layout.Root);
            var run = await runner.RunAsync(suite, skill.Version, skill.MinAccuracy, tenantFilter, cancellationToken).ConfigureAwait(false);
            await store.SaveAsync(run, cancellationToken).ConfigureAwait(false);
            below += run.MeetsMinAccuracy ? 0 : 1;
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{(run.MeetsMinAccuracy ? "[green]ok[/]  " : "[red]FAIL[/]")} {Markup.Escape(skill.Label)}: {run.PassedCount}/{run.CaseCount - run.KnownFailureCount} passed, accuracy {run.Accuracy:0.000} {(run.MeetsMinAccuracy ? ">=" : "<")} min_accuracy {run.MinAccuracy:0.00} (run {Markup.Escape(run.RunId)})"));
        }

        return below == 0 ? 0 : BelowMinAccuracy;
    }
}
