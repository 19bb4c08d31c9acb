using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Gates;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;
using Spectre.Console;

namespace SegmentAI.Evals.CommandLine;

/// <summary>
/// <c>gate --skill S --candidate V [--tenant T] [--replay-since DATE] [--replay-limit N]</c>: runs the three eval
/// gates for a candidate version against the live one, prints them, stores the gate result, and records a rejection
/// in the promotion log when the gate fails. Exit code 0 passed, 1 failed, 3 pending review, 2 could not run.
/// </summary>
internal static class GateCommand
{
    public const int Failed = 1;
    public const int CouldNotRun = 2;
    public const int Pending = 3;

    private const int DefaultReplayDays = 7;

    public static Command Build(IAnsiConsole console)
    {
        var skill = new Option<string>("--skill") { Description = "Skill whose candidate version to judge.", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "Candidate version (a file skills/<skill>/<version>.yaml).", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Only this tenant's suite cases and production queries." };
        var since = new Option<string?>("--replay-since") { Description = $"Replay production queries from this date (yyyy-MM-dd); default {DefaultReplayDays} days ago." };
        var limit = new Option<int>("--replay-limit") { Description = "Most recent production turns read per tenant.", DefaultValueFactory = _ => 200 };
        var by = new Option<string>("--by") { Description = "Who runs the gate (recorded with a rejection).", DefaultValueFactory = _ => "eval-gate" };
        var harness = new HarnessOptions();
        var gate = new Command("gate", "Run the eval gate (accuracy, regression against the live version, shadow replay) for a candidate version.") { skill, candidate, tenant, since, limit, by };
        harness.AddTo(gate);
        gate.SetAction((result, cancellationToken) => RunAsync(
            console, harness.Configuration(result), result.GetValue(skill)!, result.GetValue(candidate)!, result.GetValue(tenant), result.GetValue(since), result.GetValue(limit), result.GetValue(by)!, cancellationToken));
        return gate;
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console, IConfiguration configuration, string skillId, string candidateVersion, string? tenantFilter, string? since, int limit, string decidedBy, CancellationToken cancellationToken)
    {
        try
        {
            if (limit < 0)
            {
                throw new ArgumentException($"--replay-limit is {limit}; give 0 (no replay) or more");
            }

            await using var control = await EvalHosts.WithMemoryAsync(configuration, cancellationToken).ConfigureAwait(false);
            var registry = control.GetRequiredService<SkillRegistry>();
            var tenants = control.GetRequiredService<TenantDirectory>();
            var candidate = registry.Library.Find(skillId, candidateVersion) ?? throw new ArgumentException(Unknown(registry, skillId, candidateVersion));
            var activeVersion = registry.Versions.ActiveVersion(skillId) ?? throw new ArgumentException($"skill '{skillId}' has no live version to compare with; activate one first");
            var active = registry.Library.Find(skillId, activeVersion) ?? throw new ArgumentException($"the live version {skillId}@{activeVersion} does not load");
            if (activeVersion == candidateVersion)
            {
                throw new ArgumentException($"{skillId}@{candidateVersion} is already live; to check the live versions against their min_accuracy use `check`");
            }

            if (tenantFilter is not null && tenants.Find(tenantFilter) is null)
            {
                throw new ArgumentException($"unknown tenant '{tenantFilter}'; tenants: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}");
            }

            var replaySince = since is null
                ? DateTimeOffset.UtcNow.AddDays(-DefaultReplayDays)
                : DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : throw new ArgumentException($"--replay-since '{since}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-01");
            var suite = EvalSuiteLoader.Load(control.GetRequiredService<RepositoryLayout>().Skills, skillId, candidate.EvalSuiteId, control.GetRequiredService<RepositoryLayout>().Root);

            await using var activeEngine = EvalHosts.Engine(configuration);
            await using var candidateEngine = EvalHosts.Engine(configuration, skillId, candidateVersion);
            var replay = new ShadowReplay(
                activeEngine.GetRequiredService<Skills.Conversation.IConversationEngine>(),
                candidateEngine.GetRequiredService<Skills.Conversation.IConversationEngine>(),
                control.GetRequiredService<IInteractionLog>(),
                warehouses: null,
                TimeProvider.System);
            var evalGate = new EvalGate(control.GetRequiredService<FileGateResultStore>(), control.GetRequiredService<IEvalRunStore>(), control.GetRequiredService<IShadowReviewQueue>(), TimeProvider.System);
            var request = new GateRequest(
                suite, active, candidate, tenantFilter,
                tenantFilter is null ? [.. tenants.Tenants.Select(t => t.Id)] : [tenantFilter],
                replaySince, limit);
            var result = await evalGate.RunAsync(request, activeEngine.GetRequiredService<EvalRunner>(), candidateEngine.GetRequiredService<EvalRunner>(), replay, cancellationToken).ConfigureAwait(false);

            if (result.Status == GateStatus.Failed)
            {
                var failed = result.Checks.Where(c => c.Status == GateStatus.Failed).Select(c => $"{c.Name}: {c.Details}");
                await control.GetRequiredService<SkillActivation>().RejectAsync(
                    skillId, candidateVersion, tenantFilter is null ? PromotionScope.Global : PromotionScope.Tenant(tenantFilter),
                    result.CandidateRunId, result.Approval.Details, decidedBy, $"eval gate {result.GateId} failed; {string.Join("; ", failed)}", cancellationToken).ConfigureAwait(false);
            }

            Print(console, result);
            return result.Status switch
            {
                GateStatus.Passed => 0,
                GateStatus.Pending => Pending,
                _ => Failed,
            };
        }
        catch (Exception ex) when (ex is ArgumentException or EvalSuiteFormatException or ConfigurationException or UnknownTenantException or SkillResolutionException or SkillActivationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CouldNotRun;
        }
    }

    private static string Unknown(SkillRegistry registry, string skillId, string version)
    {
        var versions = registry.Library.Versions(skillId);
        if (versions.Count == 0)
        {
            return $"unknown skill '{skillId}' (skills: {string.Join(", ", registry.Library.SkillIds.Order(StringComparer.Ordinal))})";
        }

        return registry.Library.FailureOf(skillId, version) is { } failure
            ? $"{skillId}@{version} does not load: {failure}"
            : $"skill {skillId} has no version {version} (loaded: {string.Join(", ", versions.Select(v => v.Version))})";
    }

    private static void Print(IAnsiConsole console, GateResult result)
    {
        var table = new Table().AddColumn("gate").AddColumn("status").AddColumn("details");
        foreach (var check in result.Checks)
        {
            table.AddRow(Markup.Escape(check.Name), Status(check.Status), Markup.Escape(check.Details));
        }

        console.Write(table);
        if (result.RegressedMetrics.Count > 0)
        {
            var regressed = new Table().AddColumn("regressed metric").AddColumn(new TableColumn($"active {result.ActiveVersion}").RightAligned())
                .AddColumn(new TableColumn($"candidate {result.CandidateVersion}").RightAligned()).AddColumn(new TableColumn("allowed").RightAligned());
            foreach (var metric in result.RegressedMetrics)
            {
                regressed.AddRow(Markup.Escape(metric.Name), Number(metric.ActiveMean), Number(metric.CandidateMean), Number(metric.Allowed));
            }

            console.Write(regressed);
        }

        console.MarkupLine($"gate {Markup.Escape(result.GateId)}: {Markup.Escape(result.SkillId)} {Markup.Escape(result.ActiveVersion)} -> {Markup.Escape(result.CandidateVersion)} {Status(result.Status)} (runs {Markup.Escape(result.ActiveRunId)}, {Markup.Escape(result.CandidateRunId)})");
        if (result.Status == GateStatus.Passed)
        {
            console.MarkupLine(Markup.Escape($"promote with: promote --skill {result.SkillId} --version {result.CandidateVersion} --gate {result.GateId} --by <you>"));
        }
    }

    private static string Status(GateStatus status) => status switch
    {
        GateStatus.Passed => "[green]passed[/]",
        GateStatus.Failed => "[red]failed[/]",
        GateStatus.Pending => "[yellow]pending[/]",
        _ => "skipped",
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
