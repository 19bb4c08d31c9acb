using System.Globalization;
using System.Text.Json;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Evals.Gates;

/// <summary>
/// The eval gate before a skill version goes live. Gate 1: the candidate's accuracy on its suite reaches its
/// <c>min_accuracy</c>. Gate 2: the active version and the candidate run the same cases in the same gate run and no
/// metric regresses (<see cref="MetricRegressions"/>). Gate 3: shadow replay of recent production queries; its
/// differences go to the review queue as one batch and make the gate pending until reviewed. Gate 3 passes with no
/// differences, or when every item of the candidate's earlier replay was approved; one rejected item fails it (a
/// fixed candidate is a new version). Gate 3 is skipped when gate 1 or 2 failed, so reviewers never see a candidate
/// that is already refused. The result is stored before it is returned.
/// </summary>
public sealed class EvalGate(FileGateResultStore results, IEvalRunStore runs, IShadowReviewQueue queue, TimeProvider time)
{
    /// <summary>Name of gate 1.</summary>
    public const string AccuracyGate = "accuracy";

    /// <summary>Name of gate 2.</summary>
    public const string RegressionGate = "regression";

    /// <summary>Name of gate 3.</summary>
    public const string ShadowGate = "shadow";

    /// <summary>Runs the three gates with <paramref name="activeRunner"/> (live versions) and <paramref name="candidateRunner"/> (candidate pinned).</summary>
    public async Task<GateResult> RunAsync(GateRequest request, EvalRunner activeRunner, EvalRunner candidateRunner, ShadowReplay replay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(activeRunner);
        ArgumentNullException.ThrowIfNull(candidateRunner);
        ArgumentNullException.ThrowIfNull(replay);
        var startedAt = time.GetUtcNow();
        var skillId = request.Candidate.SkillId;
        var gateId = string.Create(CultureInfo.InvariantCulture, $"gate-{skillId}-{request.Candidate.Version}-{startedAt:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}");

        var activeRun = await activeRunner.RunAsync(request.Suite, request.Active.Version, request.Active.MinAccuracy, request.TenantFilter, cancellationToken).ConfigureAwait(false);
        var candidateRun = await candidateRunner.RunAsync(request.Suite, request.Candidate.Version, request.Candidate.MinAccuracy, request.TenantFilter, cancellationToken).ConfigureAwait(false);
        await runs.SaveAsync(activeRun, cancellationToken).ConfigureAwait(false);
        await runs.SaveAsync(candidateRun, cancellationToken).ConfigureAwait(false);

        var accuracy = new GateCheck(
            AccuracyGate,
            candidateRun.MeetsMinAccuracy ? GateStatus.Passed : GateStatus.Failed,
            string.Create(CultureInfo.InvariantCulture, $"{candidateRun.PassedCount}/{candidateRun.CaseCount - candidateRun.KnownFailureCount} cases passed, accuracy {candidateRun.Accuracy:0.000} {(candidateRun.MeetsMinAccuracy ? ">=" : "<")} min_accuracy {candidateRun.MinAccuracy:0.00}"));
        var regressed = MetricRegressions.Find(activeRun, candidateRun);
        var regression = new GateCheck(
            RegressionGate,
            regressed.Count == 0 ? GateStatus.Passed : GateStatus.Failed,
            regressed.Count == 0
                ? $"no metric regressed against {request.Active.Version} (run {activeRun.RunId})"
                : "regressed: " + string.Join(", ", regressed.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name} {r.ActiveMean:0.###} -> {r.CandidateMean:0.###}"))));

        var (shadow, reviewItems) = accuracy.Status == GateStatus.Passed && regression.Status == GateStatus.Passed
            ? await ShadowAsync(request, candidateRun.RunId, replay, cancellationToken).ConfigureAwait(false)
            : (new GateCheck(ShadowGate, GateStatus.Skipped, "not replayed: an earlier gate failed"), []);

        GateCheck[] checks = [accuracy, regression, shadow];
        var status = checks.Any(c => c.Status == GateStatus.Failed) ? GateStatus.Failed
            : checks.Any(c => c.Status == GateStatus.Pending) ? GateStatus.Pending
            : GateStatus.Passed;
        var result = new GateResult
        {
            GateId = gateId,
            SkillId = skillId,
            ActiveVersion = request.Active.Version,
            CandidateVersion = request.Candidate.Version,
            TenantFilter = request.TenantFilter,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Status = status,
            Checks = checks,
            RegressedMetrics = regressed,
            ActiveRunId = activeRun.RunId,
            CandidateRunId = candidateRun.RunId,
            ReviewItems = reviewItems,
            Approval = new GateApproval
            {
                GateId = gateId,
                EvalRunId = candidateRun.RunId,
                SkillId = skillId,
                CandidateVersion = request.Candidate.Version,
                Passed = status == GateStatus.Passed,
                Details = Summary(checks, regressed),
            },
        };
        await results.SaveAsync(result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The JSON object kept with decisions: each gate's status and the regressed metrics with both means.</summary>
    public static string Summary(IReadOnlyList<GateCheck> checks, IReadOnlyList<RegressedMetric> regressed)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(regressed);
        return JsonSerializer.Serialize(
            new
            {
                gates = checks.ToDictionary(c => c.Name, c => c.Status.ToString().ToLowerInvariant(), StringComparer.Ordinal),
                regressed_metrics = regressed.Select(r => new { name = r.Name, active = r.ActiveMean, candidate = r.CandidateMean, allowed = r.Allowed }),
            });
    }

    private async Task<(GateCheck Check, IReadOnlyList<ReviewItemReference> Items)> ShadowAsync(GateRequest request, string candidateRunId, ShadowReplay replay, CancellationToken cancellationToken)
    {
        var skillId = request.Candidate.SkillId;
        if (await results.LatestWithReviewsAsync(skillId, request.Candidate.Version, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            var items = new List<ShadowReviewItem>();
            var missing = new List<long>();
            foreach (var reference in earlier.ReviewItems)
            {
                if (await queue.GetAsync(reference.TenantId, reference.Id, cancellationToken).ConfigureAwait(false) is { } item)
                {
                    items.Add(item);
                }
                else
                {
                    missing.Add(reference.Id);
                }
            }

            if (missing.Count > 0)
            {
                // An item erased from the queue can no longer vouch for the candidate.
                return (new GateCheck(ShadowGate, GateStatus.Failed, $"review items {string.Join(", ", missing)} of gate {earlier.GateId} are no longer in the review queue; release a new candidate version"), earlier.ReviewItems);
            }

            var rejected = items.Where(i => i.Status == ReviewStatus.Rejected).ToList();
            var pending = items.Count(i => i.Status == ReviewStatus.Pending);
            var check = rejected.Count > 0
                ? new GateCheck(ShadowGate, GateStatus.Failed, $"{rejected.Count} of {items.Count} differences of gate {earlier.GateId} were rejected (items {string.Join(", ", rejected.Select(i => i.Id))}); the candidate cannot go live")
                : pending > 0
                    ? new GateCheck(ShadowGate, GateStatus.Pending, $"{pending} of {items.Count} differences of gate {earlier.GateId} wait for review; approve or reject them in chat or via /api/skills/{skillId}/reviews, then run the gate again")
                    : new GateCheck(ShadowGate, GateStatus.Passed, $"all {items.Count} differences of gate {earlier.GateId} were approved");
            return (check, earlier.ReviewItems);
        }

        var (differences, turns) = await replay.ReplayAsync(
            skillId, request.Active.Version, request.Candidate.Version, request.ReplayTenants, request.ReplaySince, request.ReplayLimit, cancellationToken).ConfigureAwait(false);
        if (differences.Count == 0)
        {
            return (new GateCheck(ShadowGate, GateStatus.Passed, string.Create(CultureInfo.InvariantCulture, $"replayed {turns} production turns since {request.ReplaySince:yyyy-MM-dd}: no differences")), []);
        }

        var queued = await queue.EnqueueAsync(candidateRunId, differences, cancellationToken).ConfigureAwait(false);
        return (
            new GateCheck(ShadowGate, GateStatus.Pending, string.Create(CultureInfo.InvariantCulture, $"replayed {turns} production turns: {queued.Count} differences sent to review (items {string.Join(", ", queued.Select(i => i.Id))}); review them, then run the gate again")),
            [.. queued.Select(i => new ReviewItemReference(i.TenantId, i.Id))]);
    }
}
