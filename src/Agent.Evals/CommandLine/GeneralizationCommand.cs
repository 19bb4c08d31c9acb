using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Generalization;
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
/// <c>generalization [--tenant T] [--min-dev A] [--min-holdout A]</c>: runs the generalization suite with the live skill
/// versions and prints the dev and the frozen holdout results apart, one line each; <c>generalization --freeze</c>
/// draws the holdout once. Exit code 0 when both reach their minimum (none by default: the numbers are reported), 1
/// when one does not, 2 when the suite could not run or a holdout case changed after the freeze.
/// </summary>
internal static class GeneralizationCommand
{
    public const int BelowMinimum = 1;
    public const int CouldNotRun = 2;

    public static Command Build(IAnsiConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Run only this tenant's cases." };
        var minDev = new Option<double>("--min-dev") { Description = "Fail (exit 1) when the dev accuracy is below this." };
        var minHoldout = new Option<double>("--min-holdout") { Description = "Fail (exit 1) when the holdout accuracy is below this." };
        var freeze = new Option<bool>("--freeze") { Description = "Draw and freeze the holdout (once: refused when it is frozen already)." };
        var harness = new HarnessOptions();
        var command = new Command("generalization", "Run the generalization suite and report dev and frozen holdout apart.") { tenant, minDev, minHoldout, freeze };
        harness.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                await using var provider = EvalHosts.Engine(harness.Configuration(result));
                var root = provider.GetRequiredService<RepositoryLayout>().Root;
                var suite = GeneralizationSuite.Load(root);
                return result.GetValue(freeze)
                    ? Freeze(console, provider, suite, root)
                    : await RunAsync(console, provider, suite, root, result.GetValue(tenant), result.GetValue(minDev), result.GetValue(minHoldout), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ArgumentException or EvalSuiteFormatException or ConfigurationException or UnknownTenantException or SkillResolutionException or IOException)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return CouldNotRun;
            }
        });
        return command;
    }

    private static int Freeze(IAnsiConsole console, IServiceProvider provider, EvalSuite suite, string root)
    {
        var path = FrozenHoldout.PathIn(root);
        if (File.Exists(path))
        {
            var frozen = FrozenHoldout.Load(path);
            throw new ArgumentException($"the holdout was frozen on {frozen.FrozenOn:yyyy-MM-dd} ({frozen.Cases.Count} cases); it is drawn once and never again");
        }

        var today = DateOnly.FromDateTime((provider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        var holdout = FrozenHoldout.Draw(suite, today);
        holdout.Save(path);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"froze {holdout.Cases.Count} of {suite.Cases.Count} cases as the holdout (seed {holdout.Seed}) in {Markup.Escape(Path.GetRelativePath(root, path))}"));
        return 0;
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console, IServiceProvider provider, EvalSuite suite, string root, string? tenantFilter, double minDev, double minHoldout, CancellationToken cancellationToken)
    {
        if (tenantFilter is not null && provider.GetRequiredService<TenantDirectory>().Find(tenantFilter) is null)
        {
            throw new ArgumentException($"unknown tenant '{tenantFilter}'");
        }

        var path = FrozenHoldout.PathIn(root);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"the holdout is not frozen yet ({Path.GetRelativePath(root, path)} is missing); run generalization --freeze once");
        }

        var holdout = FrozenHoldout.Load(path);
        if (holdout.ProblemsWith(suite) is { Count: > 0 } problems)
        {
            throw new ArgumentException($"the frozen holdout no longer matches the suite, so its numbers would not be honest:\n  {string.Join("\n  ", problems)}");
        }

        var runner = provider.GetRequiredService<EvalRunner>();
        var store = provider.GetRequiredService<IEvalRunStore>();
        var below = 0;
        foreach (var (part, minimum, inPart) in new (string, double, bool)[] { ("dev", minDev, false), ("holdout", minHoldout, true) })
        {
            var cases = suite.Cases.Where(c => holdout.Contains(c.Id) == inPart).ToList();
            var run = await runner.RunAsync(suite with { Id = $"{GeneralizationSuite.SuiteId}_{part}", Cases = cases }, "live", minimum, tenantFilter, cancellationToken).ConfigureAwait(false);
            await store.SaveAsync(run, cancellationToken).ConfigureAwait(false);
            var ok = run.Accuracy >= minimum;
            below += ok ? 0 : 1;
            var execution = run.Metrics.FirstOrDefault(m => m.Name == ExecutionAccuracyEvaluator.ExecutionAccuracyMetric);
            var frozen = inPart ? $", frozen {holdout.FrozenOn:yyyy-MM-dd}" : "";
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{(ok ? "[green]ok[/]  " : "[red]FAIL[/]")} generalization {part} ({run.CaseCount} cases{frozen}): {run.PassedCount}/{run.CaseCount - run.KnownFailureCount} passed, accuracy {run.Accuracy:0.000}; execution accuracy {execution?.Mean ?? 0:0.000} over {execution?.Count ?? 0} segment turns (run {Markup.Escape(run.RunId)})"));
        }

        return below == 0 ? 0 : BelowMinimum;
    }
}
