using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Runs;

namespace SegmentAI.Evals.Gates;

/// <summary>
/// Gate 2: compares the metric means of the active version's run and the candidate's over the same cases. A metric on
/// the 0–1 scale may lose at most 3 points (0.03); counts and costs where lower is better (model calls, tokens, cost,
/// turns to success, over the cases both versions succeeded in) may grow by at most 3 % of the active mean. Wall-clock latency is reported in the runs but not
/// gated: two runs of the same version on a shared machine differ by far more than 3 %, so a latency gate would fail
/// at random.
/// </summary>
internal static class MetricRegressions
{
    /// <summary>Largest drop allowed on a 0–1 metric.</summary>
    public const double MaxPointDrop = 0.03;

    /// <summary>Largest relative rise allowed on a lower-is-better count or cost.</summary>
    public const double MaxRelativeRise = 0.03;

    private const double Epsilon = 1e-9;

    private static readonly HashSet<string> NotGated = new(StringComparer.Ordinal) { TurnCostEvaluator.LatencyMetric };

    private static readonly HashSet<string> LowerIsBetterCounts = new(StringComparer.Ordinal)
    {
        TurnCostEvaluator.LlmCallsMetric, TurnCostEvaluator.TokensMetric, TurnCostEvaluator.CostMetric, TurnsToSuccess,
    };

    private const string TurnsToSuccess = "turns_to_success";

    private static readonly HashSet<string> LowerIsBetterRates = new(StringComparer.Ordinal) { DuplicateQuestionEvaluator.DuplicateMetric };

    /// <summary>The metrics of <paramref name="candidate"/> that regressed against <paramref name="active"/>, by name.</summary>
    public static IReadOnlyList<RegressedMetric> Find(EvalRun active, EvalRun candidate)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(candidate);
        var candidateMeans = candidate.Metrics.Where(m => m.Mean is not null).ToDictionary(m => m.Name, m => m.Mean!.Value, StringComparer.Ordinal);
        var regressed = new List<RegressedMetric>();
        foreach (var metric in active.Metrics.Where(m => m.Mean is not null && !NotGated.Contains(m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            // A metric the candidate never produced has no mean to compare; the accuracy gate covers the cases behind it.
            if (!candidateMeans.TryGetValue(metric.Name, out var after))
            {
                continue;
            }

            var before = metric.Mean!.Value;
            if (metric.Name == TurnsToSuccess)
            {
                // Defined for succeeded cases only: a candidate that fixes a multi-turn case raises the plain mean
                // without taking longer anywhere, so both means are taken over the cases both versions succeeded in.
                (before, after) = BothSucceeded(active, candidate) ?? (before, before);
            }

            if (LowerIsBetterCounts.Contains(metric.Name))
            {
                var allowed = before * (1 + MaxRelativeRise);
                if (after > allowed + Epsilon)
                {
                    regressed.Add(new RegressedMetric(metric.Name, before, after, allowed));
                }
            }
            else if (LowerIsBetterRates.Contains(metric.Name))
            {
                if (after > before + MaxPointDrop + Epsilon)
                {
                    regressed.Add(new RegressedMetric(metric.Name, before, after, before + MaxPointDrop));
                }
            }
            else if (after < before - MaxPointDrop - Epsilon)
            {
                regressed.Add(new RegressedMetric(metric.Name, before, after, before - MaxPointDrop));
            }
        }

        return regressed;
    }

    private static (double Before, double After)? BothSucceeded(EvalRun active, EvalRun candidate)
    {
        var after = candidate.Cases.Where(c => c.TurnsToSuccess is not null).ToDictionary(c => c.CaseId, c => (double)c.TurnsToSuccess!.Value, StringComparer.Ordinal);
        var pairs = active.Cases
            .Where(c => c.TurnsToSuccess is not null && after.ContainsKey(c.CaseId))
            .Select(c => (Before: (double)c.TurnsToSuccess!.Value, After: after[c.CaseId]))
            .ToList();
        return pairs.Count == 0 ? null : (pairs.Average(p => p.Before), pairs.Average(p => p.After));
    }
}
