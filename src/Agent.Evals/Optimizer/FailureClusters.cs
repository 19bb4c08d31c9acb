using System.Text.RegularExpressions;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// Groups failures deterministically by key. An eval case joins exactly one cluster, keyed by the leading failed
/// metric of its first failing turn and that metric's reason class. The leading metric is the most basic one that
/// failed (the reply kind before the question asked before the conditions), because the later metrics usually fail
/// as a consequence of it. In a reason class values, quoted text, numbers and slot details are taken out, and a
/// missing or unexpected condition keeps only its facet ("conditions_match/missing facet region"). Known failures
/// are left out: they document engine defects a skill version cannot fix. Feedback joins a cluster per signal.
/// </summary>
internal static partial class FailureClusters
{
    /// <summary>The lowest rating that is not low feedback.</summary>
    public const int LowRatingBelow = 3;

    private static readonly List<string> Precedence =
    [
        ExpectedReplyEvaluator.KindMetric, ExpectedReplyEvaluator.CategoryMetric, ExpectedReplyEvaluator.SlotMetric, ExpectedReplyEvaluator.NoQuestionMetric,
        ClarificationEvaluator.DecisionMetric, "conditions_match",
    ];

    /// <summary>Clusters of the failed cases of <paramref name="run"/>, largest first, then by key.</summary>
    public static IReadOnlyList<FailureCluster> FromRun(EvalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var clusters = new Dictionary<string, (string Metric, string Reason, List<string> Cases)>(StringComparer.Ordinal);
        foreach (var failed in run.Cases.Where(c => !c.Passed && !c.KnownFailure))
        {
            if (Key(failed) is var (metric, reason))
            {
                var key = $"{metric}/{reason}";
                if (!clusters.TryGetValue(key, out var cluster))
                {
                    cluster = (metric, reason, []);
                    clusters[key] = cluster;
                }

                if (!cluster.Cases.Contains(failed.CaseId))
                {
                    cluster.Cases.Add(failed.CaseId);
                }
            }
        }

        return [.. clusters
            .Select(c => new FailureCluster(c.Key, FailureCluster.EvalSource, c.Value.Metric, c.Value.Reason, c.Value.Cases))
            .OrderByDescending(c => c.Items.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>Clusters of low ratings (at most 2), segments edited right after creation and abandoned drafts about <paramref name="skillId"/>.</summary>
    public static IReadOnlyList<FailureCluster> FromFeedback(IEnumerable<FeedbackRecord> feedback, string skillId)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return [.. feedback
            .Where(f => f.SkillId is null || f.SkillId == skillId)
            .Select(f => (Record: f, Signal: Signal(f)))
            .Where(f => f.Signal is not null)
            .GroupBy(f => f.Signal!, StringComparer.Ordinal)
            .Select(g => new FailureCluster($"{FailureCluster.FeedbackSource}/{g.Key}", FailureCluster.FeedbackSource, g.Key, g.Key, [.. g.Select(f => $"{f.Record.TenantId}/{f.Record.SessionId}").Distinct(StringComparer.Ordinal)]))
            .OrderByDescending(c => c.Items.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>The cluster key of a failed case: its leading failed metric and reason class; null when no metric failed.</summary>
    public static (string Metric, string ReasonClass)? Key(CaseResult failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var leading = failed.Turns.FirstOrDefault(t => !t.Passed)?.Metrics
            .Where(m => m.Failed)
            .OrderBy(m => Precedence.IndexOf(m.Name) is var i and >= 0 ? i : Precedence.Count)
            .FirstOrDefault();
        return leading is null ? null : (leading.Name, ReasonClass(leading.Reason));
    }

    /// <summary>The key of a failed case as text, <c>metric/reason class</c>; <c>passed</c> for a passed case.</summary>
    public static string KeyText(CaseResult result) => Key(result) is var (metric, reason) ? $"{metric}/{reason}" : "passed";

    /// <summary>The reason with case-specific details taken out.</summary>
    public static string ReasonClass(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "failed";
        }

        if (MissingCondition().Match(reason) is { Success: true } missing)
        {
            return $"missing facet {missing.Groups["facet"].Value}";
        }

        if (UnexpectedConditions().Match(reason) is { Success: true } unexpected)
        {
            return $"unexpected facet {unexpected.Groups["facet"].Value}";
        }

        var general = SlotDetail().Replace(reason, "${kind}");
        general = Numbers().Replace(Quoted().Replace(Bracketed().Replace(general, "[...]"), "\"...\""), "N");
        return Spaces().Replace(general, " ").Trim();
    }

    private static string? Signal(FeedbackRecord record) => record.Kind switch
    {
        FeedbackKind.Rating when record.Rating is < LowRatingBelow => "low_rating",
        FeedbackKind.EditedAfterCreation => "edited_after_creation",
        FeedbackKind.Abandoned => "abandoned",
        _ => null,
    };

    [GeneratedRegex(@"^no condition like (?<facet>\S+)")]
    private static partial Regex MissingCondition();

    [GeneratedRegex(@"^unexpected condition\(s\) (?<facet>[^,\s]+)")]
    private static partial Regex UnexpectedConditions();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\b(?<kind>[a-z_]+):[^,;]*?(?=\s+where\b|,|;|$)")]
    private static partial Regex SlotDetail();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
