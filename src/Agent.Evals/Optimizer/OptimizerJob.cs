using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SegmentAI.Evals.Gates;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Runs;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// The prompt optimizer (seed section 8). (1) Runs the live version's suite afresh and reads low feedback since a date;
/// (2) clusters the failures (<see cref="FailureClusters"/>); (3) proposes candidate versions (parameter tuning; an
/// instruction rewrite when a model is configured), each a new patch version written under
/// <c>&lt;results&gt;/optimizer/&lt;job id&gt;/candidates</c>, never over a live file; (4) screens them on the train
/// part of the suite; (5) gates the survivors (<see cref="EvalGate"/>) on the validation and holdout parts; (6) picks
/// the gated candidate with the most holdout passes that regressed no case and promotes it through
/// <see cref="SkillActivation"/> with its stored gate approval when asked, else records the proposal. The report
/// says why when none qualified.
/// </summary>
internal sealed partial class OptimizerJob(IConfiguration configuration, IChatClient? model, TimeProvider time, ILogger<OptimizerJob> logger)
{
    /// <summary>The folder of optimizer reports inside the results folder.</summary>
    public const string FolderName = "optimizer";

    private const int ReplayLimit = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Runs the optimizer once and returns its report, also written as JSON to the results folder.</summary>
    /// <exception cref="ArgumentException">The skill, its live version or the tenant is unknown, or a number is out of range.</exception>
    public async Task<OptimizerReport> RunAsync(OptimizerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Candidates < 1)
        {
            throw new ArgumentException($"--candidates is {request.Candidates}; give 1 or more");
        }

        var startedAt = time.GetUtcNow();
        var jobId = string.Create(CultureInfo.InvariantCulture, $"optimize-{request.SkillId}-{startedAt:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}");
        await using var control = await EvalHosts.WithMemoryAsync(configuration, cancellationToken).ConfigureAwait(false);
        var layout = control.GetRequiredService<RepositoryLayout>();
        var registry = control.GetRequiredService<SkillRegistry>();
        var tenants = control.GetRequiredService<TenantDirectory>();
        var liveVersion = registry.Versions.ActiveVersion(request.SkillId)
            ?? throw new ArgumentException($"skill '{request.SkillId}' has no live version (skills: {string.Join(", ", registry.Library.SkillIds.Order(StringComparer.Ordinal))})");
        var live = registry.Library.Find(request.SkillId, liveVersion) ?? throw new ArgumentException($"the live version {request.SkillId}@{liveVersion} does not load");
        if (request.TenantFilter is not null && tenants.Find(request.TenantFilter) is null)
        {
            throw new ArgumentException($"unknown tenant '{request.TenantFilter}'; tenants: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}");
        }

        var results = EvalResultsLocation.Runs(configuration, layout);
        var jobFolder = Path.Combine(results, FolderName, jobId);
        var suite = EvalSuiteLoader.Load(layout.Skills, request.SkillId, live.EvalSuiteId, layout.Root);
        if (request.TenantFilter is not null)
        {
            suite = suite with { Cases = [.. suite.Cases.Where(c => c.Tenant == request.TenantFilter)] };
        }

        // (1) Failures: a fresh run of the live version, then feedback.
        EvalRun liveRun;
        await using (var liveEngine = EvalHosts.Engine(configuration))
        {
            liveRun = await liveEngine.GetRequiredService<EvalRunner>().RunAsync(suite, liveVersion, live.MinAccuracy, null, cancellationToken).ConfigureAwait(false);
        }

        await control.GetRequiredService<IEvalRunStore>().SaveAsync(liveRun, cancellationToken).ConfigureAwait(false);
        var feedback = new List<FeedbackRecord>();
        if (control.GetService<IFeedbackStore>() is { } feedbackStore)
        {
            foreach (var tenant in tenants.Tenants.Where(t => request.TenantFilter is null || t.Id == request.TenantFilter))
            {
                feedback.AddRange(await feedbackStore.SinceAsync(tenant.Id, request.Since, cancellationToken).ConfigureAwait(false));
            }
        }

        // (2) Clusters.
        IReadOnlyList<FailureCluster> clusters = [.. FailureClusters.FromRun(liveRun), .. FailureClusters.FromFeedback(feedback, request.SkillId)];
        LogClusters(logger, request.SkillId, liveVersion, clusters.Count);

        // (3) Candidates, as new patch versions in a staged copy of the repository.
        var (changes, proposerStatus) = await ProposeAsync(live, await File.ReadAllTextAsync(live.File, cancellationToken).ConfigureAwait(false), registry, clusters, request.Candidates, cancellationToken).ConfigureAwait(false);
        var staging = Directory.CreateTempSubdirectory("segmentai-optimizer-").FullName;
        try
        {
            Copy(layout.Skills, Path.Combine(staging, "skills"));
            Copy(layout.Tenants, Path.Combine(staging, "tenants"));
            var versions = registry.Library.Versions(request.SkillId).Select(s => s.Version).Concat(registry.Library.Failures.Where(f => f.SkillId == request.SkillId).Select(f => f.Version)).ToList();
            var candidates = new List<(CandidateChange Change, string Version, string File)>();
            Directory.CreateDirectory(Path.Combine(jobFolder, "candidates"));
            foreach (var change in changes)
            {
                var version = SkillText.NextPatch(versions);
                versions.Add(version);
                var text = SkillText.WithVersion(change.Text, version);
                var file = Path.Combine(jobFolder, "candidates", $"{request.SkillId}-{version}.yaml");
                await File.WriteAllTextAsync(file, text, cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(staging, "skills", request.SkillId, $"{version}.yaml"), text, cancellationToken).ConfigureAwait(false);
                candidates.Add((change, version, file));
            }

            var staged = Staged(staging, layout);
            var stagedLibrary = SkillLoader.Load(Path.Combine(staging, "skills"));
            var trainSuite = SuiteSplit.Select(suite, request.Seed, SuitePart.Train);
            var gateSuite = SuiteSplit.Select(suite, request.Seed, SuitePart.Validation, SuitePart.Holdout);
            var liveTrainPassed = Passed(liveRun.Cases, trainSuite);
            var outcomes = new List<CandidateOutcome>();
            foreach (var (change, version, file) in candidates)
            {
                var outcome = new CandidateOutcome { Version = version, Proposer = change.Proposer, Change = change.Description, File = file, TrainPassedBefore = liveTrainPassed, Verdict = "" };
                outcomes.Add(await JudgeAsync(outcome, stagedLibrary.Find(request.SkillId, version), live, staged, control, suite, trainSuite, gateSuite, liveRun, clusters, request, cancellationToken).ConfigureAwait(false));
            }

            // (6) The best gated candidate that regressed no case.
            var chosen = outcomes
                .Where(o => o.GateStatus == GateStatus.Passed && o.Regressions.Count == 0 && o.Clusters.Sum(c => c.PassedAfter - c.PassedBefore) > 0)
                .OrderByDescending(o => o.HoldoutPassedAfter)
                .ThenByDescending(o => o.Clusters.Sum(c => c.PassedAfter))
                .ThenBy(o => o.Version, StringComparer.Ordinal)
                .FirstOrDefault();
            var outcomeText = chosen is null
                ? NoneReason(outcomes, clusters)
                : await DecideAsync(chosen, request, layout, control, cancellationToken).ConfigureAwait(false);
            var report = new OptimizerReport
            {
                JobId = jobId,
                SkillId = request.SkillId,
                LiveVersion = liveVersion,
                Since = request.Since,
                Seed = request.Seed,
                TenantFilter = request.TenantFilter,
                Split = new Dictionary<string, int>(StringComparer.Ordinal)
                {
                    ["train"] = trainSuite.Cases.Count,
                    ["validation"] = suite.Cases.Count(c => SuiteSplit.Of(c.Id, request.Seed) == SuitePart.Validation),
                    ["holdout"] = suite.Cases.Count(c => SuiteSplit.Of(c.Id, request.Seed) == SuitePart.Holdout),
                },
                LiveRunId = liveRun.RunId,
                LivePassed = liveRun.PassedCount,
                LiveCounted = liveRun.CaseCount - liveRun.KnownFailureCount,
                Clusters = clusters,
                Proposers = proposerStatus,
                Candidates = outcomes,
                Chosen = chosen?.Version,
                Outcome = outcomeText,
                StartedAt = startedAt,
                FinishedAt = time.GetUtcNow(),
            };
            await File.WriteAllTextAsync(Path.Combine(results, FolderName, $"{jobId}.json"), JsonSerializer.Serialize(report, Json), cancellationToken).ConfigureAwait(false);
            LogFinished(logger, jobId, outcomes.Count, chosen?.Version ?? "none");
            return report;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private async Task<(IReadOnlyList<CandidateChange> Changes, IReadOnlyDictionary<string, string> Status)> ProposeAsync(
        Skill live, string liveText, SkillRegistry registry, IReadOnlyList<FailureCluster> clusters, int count, CancellationToken cancellationToken)
    {
        var others = registry.Library.Versions(live.SkillId).Where(s => s.Version != live.Version).ToList();
        var status = new Dictionary<string, string>(StringComparer.Ordinal);
        var changes = new List<CandidateChange>();
        List<ICandidateProposer> proposers = [new ParameterProposer()];
        if (model is not null)
        {
            proposers.Add(new InstructionRewriteProposer(model));
        }
        else
        {
            status["llm-rewrite"] = $"not run: no model configured (keyed IChatClient '{InstructionRewriteProposer.ServiceKey}')";
        }

        foreach (var proposer in proposers)
        {
            var wanted = count - changes.Count;
            if (wanted < 1)
            {
                status[proposer.Name] = "not run: enough candidates already";
                continue;
            }

            var proposed = await proposer.ProposeAsync(new ProposalContext(live, liveText, others, clusters, wanted), cancellationToken).ConfigureAwait(false);
            var fresh = proposed.Where(p => p.Text != liveText && changes.All(c => c.Text != p.Text)).ToList();
            changes.AddRange(fresh);
            status[proposer.Name] = fresh.Count == 0 ? "ran: nothing to propose for these clusters" : $"ran: {fresh.Count} candidate(s)";
        }

        return (changes, status);
    }

    private async Task<CandidateOutcome> JudgeAsync(
        CandidateOutcome outcome, Skill? candidate, Skill live, IConfiguration staged, ServiceProvider control, EvalSuite suite, EvalSuite trainSuite, EvalSuite gateSuite,
        EvalRun liveRun, IReadOnlyList<FailureCluster> clusters, OptimizerRequest request, CancellationToken cancellationToken)
    {
        if (candidate is null)
        {
            return outcome with { Verdict = "the candidate file does not load" };
        }

        // (4) Screening on the train part.
        await using var candidateEngine = EvalHosts.Engine(staged, request.SkillId, outcome.Version);
        var candidateRunner = candidateEngine.GetRequiredService<EvalRunner>();
        var trainRun = await candidateRunner.RunAsync(trainSuite, outcome.Version, candidate.MinAccuracy, null, cancellationToken).ConfigureAwait(false);
        var trainPassed = Passed(trainRun.Cases, trainSuite);
        outcome = outcome with { TrainPassedAfter = trainPassed, Screened = trainPassed > outcome.TrainPassedBefore };
        if (!outcome.Screened)
        {
            return outcome with { Clusters = Outcomes(clusters, liveRun.Cases, trainRun.Cases), Verdict = $"screened out: {trainPassed} train cases passed, the live version passed {outcome.TrainPassedBefore}" };
        }

        // (5) The full gate on the validation and holdout parts.
        await using var activeEngine = EvalHosts.Engine(staged);
        var replay = new ShadowReplay(
            activeEngine.GetRequiredService<IConversationEngine>(), candidateEngine.GetRequiredService<IConversationEngine>(), control.GetRequiredService<IInteractionLog>(), warehouses: null, time);
        var gate = new EvalGate(control.GetRequiredService<FileGateResultStore>(), control.GetRequiredService<IEvalRunStore>(), control.GetRequiredService<IShadowReviewQueue>(), time);
        var tenants = control.GetRequiredService<TenantDirectory>();
        var gateResult = await gate.RunAsync(
            new GateRequest(gateSuite, live, candidate, request.TenantFilter, request.TenantFilter is null ? [.. tenants.Tenants.Select(t => t.Id)] : [request.TenantFilter], request.Since, ReplayLimit),
            activeEngine.GetRequiredService<EvalRunner>(), candidateRunner, replay, cancellationToken).ConfigureAwait(false);
        var runs = control.GetRequiredService<IEvalRunStore>();
        var activeGateRun = await runs.FindAsync(gateResult.ActiveRunId, cancellationToken).ConfigureAwait(false);
        var candidateGateRun = await runs.FindAsync(gateResult.CandidateRunId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<CaseResult> after = [.. trainRun.Cases, .. candidateGateRun?.Cases ?? []];
        var holdout = SuiteSplit.Select(suite, request.Seed, SuitePart.Holdout);
        var regressions = liveRun.Cases
            .Where(c => c.Passed && !c.KnownFailure)
            .Select(c => after.FirstOrDefault(a => a.CaseId == c.CaseId))
            .Where(a => a is { Passed: false })
            .Select(a => $"{a!.CaseId}: {FailureClusters.KeyText(a)}")
            .ToList();
        var passed = gateResult.Status == GateStatus.Passed;
        return outcome with
        {
            GateId = gateResult.GateId,
            GateStatus = gateResult.Status,
            GateChecks = [.. gateResult.Checks.Select(c => $"{c.Name}: {c.Status.ToString().ToLowerInvariant()} ({c.Details})")],
            HoldoutPassedBefore = Passed(activeGateRun?.Cases ?? [], holdout),
            HoldoutPassedAfter = Passed(candidateGateRun?.Cases ?? [], holdout),
            Clusters = Outcomes(clusters, liveRun.Cases, after),
            Regressions = regressions,
            Verdict = !passed ? $"gate {gateResult.Status.ToString().ToLowerInvariant()}"
                : regressions.Count > 0 ? $"gate passed, but {regressions.Count} case(s) the live version passed now fail"
                : "gate passed",
        };
    }

    private async Task<string> DecideAsync(CandidateOutcome chosen, OptimizerRequest request, RepositoryLayout layout, ServiceProvider control, CancellationToken cancellationToken)
    {
        var promote = $"promote --skill {request.SkillId} --version {chosen.Version} --gate {chosen.GateId} --by <you>";
        if (request.PromoteBy is null)
        {
            return $"proposed {request.SkillId}@{chosen.Version} ({chosen.Change}); to promote, copy {chosen.File} to skills/{request.SkillId}/{chosen.Version}.yaml and run: {promote}";
        }

        // The candidate becomes a version of the skills folder only now, as a new file next to the live one.
        var target = Path.Combine(layout.Skills, request.SkillId, $"{chosen.Version}.yaml");
        File.Copy(chosen.File, target, overwrite: false);
        var gateResult = await control.GetRequiredService<FileGateResultStore>().FindAsync(chosen.GateId!, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"gate result {chosen.GateId} was not stored");
        var decision = await control.GetRequiredService<SkillActivation>().ActivateAsync(
            new ActivationRequest
            {
                SkillId = request.SkillId,
                Version = chosen.Version,
                Scope = request.TenantFilter is null ? PromotionScope.Global : PromotionScope.Tenant(request.TenantFilter),
                DecidedBy = request.PromoteBy,
                Reason = $"optimizer: {chosen.Change}",
                Approval = gateResult.Approval,
            },
            cancellationToken).ConfigureAwait(false);
        return $"promoted {request.SkillId} {decision.FromVersion ?? "none"} -> {decision.ToVersion} ({decision.Scope}) by {decision.DecidedBy}, decision {decision.Id}, gate {chosen.GateId}";
    }

    private static string NoneReason(IReadOnlyList<CandidateOutcome> outcomes, IReadOnlyList<FailureCluster> clusters)
    {
        if (!clusters.Any(c => c.Source == FailureCluster.EvalSource))
        {
            return "nothing to improve: every counted suite case passed";
        }

        return outcomes.Count == 0
            ? "no candidate: no proposer had a change for these failure clusters"
            : "no candidate qualified: " + string.Join("; ", outcomes.Select(o => $"{o.Version} ({o.Change}): {o.Verdict}"));
    }

    private static IReadOnlyList<ClusterOutcome> Outcomes(IReadOnlyList<FailureCluster> clusters, IReadOnlyList<CaseResult> before, IReadOnlyList<CaseResult> after) =>
        [.. clusters.Where(c => c.Source == FailureCluster.EvalSource).Select(c => new ClusterOutcome(
            c.Key,
            c.Items.Count,
            c.Items.Count(id => before.Any(r => r.CaseId == id && r.Passed)),
            c.Items.Count(id => after.Any(r => r.CaseId == id && r.Passed))))];

    private static int Passed(IReadOnlyList<CaseResult> cases, EvalSuite part) =>
        cases.Count(c => c.Passed && !c.KnownFailure && part.Cases.Any(p => p.Id == c.CaseId));

    // Engines for the staged copy read its skills and tenants but share the results, warehouses and state folders.
    private IConfiguration Staged(string staging, RepositoryLayout layout)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"{SegmentAiOptions.SectionName}:{nameof(SegmentAiOptions.RepositoryRoot)}"] = staging,
            ["Evals:ResultsDirectory"] = EvalResultsLocation.Runs(configuration, layout),
        };
        var state = configuration["Memory:StateDirectory"];
        var stateDirectory = string.IsNullOrWhiteSpace(state) ? layout.Data : layout.Resolve(state);
        settings["Memory:StateDirectory"] = stateDirectory;
        settings["Evals:WarehouseDirectory"] = configuration["Evals:WarehouseDirectory"] is { Length: > 0 } warehouses ? layout.Resolve(warehouses) : Path.Combine(stateDirectory, "eval-warehouses");
        return new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build();
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Optimizer found {Clusters} failure clusters for {SkillId}@{Version}")]
    private static partial void LogClusters(ILogger logger, string skillId, string version, int clusters);

    [LoggerMessage(Level = LogLevel.Information, Message = "Optimizer run {JobId} judged {Candidates} candidates; chosen: {Chosen}")]
    private static partial void LogFinished(ILogger logger, string jobId, int candidates, string chosen);
}
