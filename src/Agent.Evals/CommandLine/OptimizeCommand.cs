using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Evals.Optimizer;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>
/// <c>optimize --skill S [--since DATE] [--candidates K] [--seed N] [--tenant T] [--promote --by USER]</c>: runs the
/// optimizer once and prints clusters, candidates, screening and gate results. Exit code 0 a candidate qualified,
/// 1 none did, 2 could not run.
/// </summary>
internal static class OptimizeCommand
{
    public const int NoneQualified = 1;
    public const int CouldNotRun = 2;

    public static Command Build(IAnsiConsole console)
    {
        var skill = new Option<string>("--skill") { Description = "Skill to improve.", Required = true };
        var since = new Option<string?>("--since") { Description = "Oldest feedback and production query read (yyyy-MM-dd); default 7 days ago." };
        var candidates = new Option<int>("--candidates") { Description = "Most candidate versions proposed.", DefaultValueFactory = _ => OptimizerRequest.DefaultCandidates };
        var seed = new Option<int>("--seed") { Description = "Seed of the 60/20/20 train/validation/holdout split.", DefaultValueFactory = _ => OptimizerRequest.DefaultSeed };
        var tenant = new Option<string?>("--tenant") { Description = "Only this tenant's cases and feedback; a promotion then pins the version for it." };
        var promote = new Option<bool>("--promote") { Description = "Promote the best candidate that passed the gate (needs --by)." };
        var by = new Option<string?>("--by") { Description = "User recorded as promoting." };
        var harness = new HarnessOptions();
        var command = new Command("optimize", "Cluster the live version's failures, propose candidate versions, screen and gate them, and propose or promote the best.") { skill, since, candidates, seed, tenant, promote, by };
        harness.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(
            console, harness.Configuration(result), result.GetValue(skill)!, result.GetValue(since), result.GetValue(candidates), result.GetValue(seed), result.GetValue(tenant), result.GetValue(promote), result.GetValue(by), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console, IConfiguration configuration, string skillId, string? since, int candidates, int seed, string? tenant, bool promote, string? by, CancellationToken cancellationToken)
    {
        try
        {
            if (promote && string.IsNullOrWhiteSpace(by))
            {
                throw new ArgumentException("--promote needs --by <user> to record who promotes");
            }

            var from = since is null
                ? DateTimeOffset.UtcNow.AddDays(-7)
                : DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : throw new ArgumentException($"--since '{since}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-01");
            var job = new OptimizerJob(configuration, model: null, TimeProvider.System, NullLogger<OptimizerJob>.Instance);
            var report = await job.RunAsync(new OptimizerRequest(skillId, from, candidates, seed, tenant, promote ? by : null), cancellationToken).ConfigureAwait(false);
            Print(console, report);
            return report.Chosen is null ? NoneQualified : 0;
        }
        catch (Exception ex) when (ex is ArgumentException or EvalSuiteFormatException or ConfigurationException or UnknownTenantException or SkillResolutionException or SkillActivationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CouldNotRun;
        }
    }

    private static void Print(IAnsiConsole console, OptimizerReport report)
    {
        console.MarkupLine(Markup.Escape($"{report.SkillId}@{report.LiveVersion}: {report.LivePassed}/{report.LiveCounted} cases passed (run {report.LiveRunId}); split {string.Join(", ", report.Split.Select(s => $"{s.Key} {s.Value}"))}"));
        var clusters = new Table().AddColumn("cluster").AddColumn(new TableColumn("count").RightAligned());
        foreach (var cluster in report.Clusters)
        {
            clusters.AddRow(Markup.Escape(cluster.Key), cluster.Items.Count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(clusters);
        var table = new Table().AddColumn("candidate").AddColumn("change").AddColumn("train").AddColumn("holdout").AddColumn("gate").AddColumn("clusters before -> after").AddColumn("verdict");
        foreach (var c in report.Candidates)
        {
            table.AddRow(
                Markup.Escape($"{c.Version} ({c.Proposer})"),
                Markup.Escape(c.Change),
                $"{c.TrainPassedBefore} -> {c.TrainPassedAfter}",
                $"{c.HoldoutPassedBefore} -> {c.HoldoutPassedAfter}",
                Markup.Escape(c.GateStatus?.ToString().ToLowerInvariant() ?? "not run"),
                Markup.Escape(string.Join("; ", c.Clusters.Select(k => $"{k.Key} {k.PassedBefore} -> {k.PassedAfter}/{k.Cases}"))),
                Markup.Escape(c.Verdict));
        }

        console.Write(table);
        foreach (var (name, status) in report.Proposers)
        {
            console.MarkupLine(Markup.Escape($"proposer {name}: {status}"));
        }

        console.MarkupLine(Markup.Escape($"{report.Outcome} (report {report.JobId}.json)"));
    }
}
