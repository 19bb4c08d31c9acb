using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace SegmentAI.Skills.Statistics;

/// <summary>
/// The log-rank (Mantel–Cox) test that two or more groups share one survival curve: at each event time the events
/// are shared out by who is at risk, and the observed-minus-expected counts are weighed against their
/// hypergeometric covariance (the statistic R's <c>survdiff</c> reports).
/// </summary>
internal static class LogRankTest
{
    /// <summary>Compares the groups; each needs at least one member, and there must be two groups or more.</summary>
    public static LogRankResult Compare(IReadOnlyList<IReadOnlyList<SurvivalObservation>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2 || groups.Any(g => g.Count == 0))
        {
            throw new ArgumentException("the log-rank test compares at least two groups, each with at least one member", nameof(groups));
        }

        var k = groups.Count;
        var observed = new int[k];
        var expected = new double[k];
        var covariance = new double[k, k];

        // One sweep over the observations in time order: at each time the members of each group still at risk are
        // those whose time is not earlier, so the counts fall as the sweep passes them (O(n log n), not O(times × n)).
        var atRisk = groups.Select(g => g.Count).ToArray();
        var ordered = groups.SelectMany((g, index) => g.Select(o => (o.Time, o.Event, Group: index))).OrderBy(o => o.Time).ToArray();
        var events = new int[k];
        var leaving = new int[k];
        for (var start = 0; start < ordered.Length;)
        {
            var time = ordered[start].Time;
            Array.Clear(events);
            Array.Clear(leaving);
            var end = start;
            for (; end < ordered.Length && ordered[end].Time == time; end++)
            {
                leaving[ordered[end].Group]++;
                if (ordered[end].Event)
                {
                    events[ordered[end].Group]++;
                }
            }

            double n = atRisk.Sum();
            double d = events.Sum();
            if (d > 0)
            {
                var spread = n > 1 ? d * (n - d) / (n - 1) : 0;
                for (var i = 0; i < k; i++)
                {
                    observed[i] += events[i];
                    expected[i] += d * atRisk[i] / n;
                    for (var j = 0; j < k; j++)
                    {
                        covariance[i, j] += spread * (atRisk[i] / n) * ((i == j ? 1 : 0) - (atRisk[j] / n));
                    }
                }
            }

            for (var i = 0; i < k; i++)
            {
                atRisk[i] -= leaving[i];
            }

            start = end;
        }

        // The k counts sum to zero, so one is dropped and the rest weighed by the inverse of their covariance.
        var free = k - 1;
        var difference = Vector<double>.Build.Dense(free, i => observed[i] - expected[i]);
        var matrix = Matrix<double>.Build.Dense(free, free, (i, j) => covariance[i, j]);
        var chiSquare = matrix.Determinant() is var determinant && Math.Abs(determinant) > 1e-12
            ? difference * matrix.Inverse() * difference
            : 0;
        var pValue = chiSquare > 0 ? SpecialFunctions.GammaUpperRegularized(free / 2.0, chiSquare / 2) : 1;
        return new LogRankResult(observed, expected, chiSquare, free, pValue);
    }
}
