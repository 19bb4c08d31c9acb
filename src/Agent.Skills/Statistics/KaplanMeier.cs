namespace SegmentAI.Skills.Statistics;

/// <summary>
/// The Kaplan–Meier estimate of a survival curve with Greenwood's variance. Ties follow the usual convention: at one
/// time, events happen before censoring, so a member censored at an event time was still at risk for it.
/// </summary>
internal static class KaplanMeier
{
    /// <summary>The curve's steps, one per distinct event time, earliest first.</summary>
    public static IReadOnlyList<SurvivalStep> Estimate(IEnumerable<SurvivalObservation> observations, double z = Proportion.Z95)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var byTime = observations.GroupBy(o => o.Time).OrderBy(g => g.Key).ToList();
        var atRisk = byTime.Sum(g => g.Count());
        var survival = 1.0;
        var greenwood = 0.0;
        var steps = new List<SurvivalStep>();
        foreach (var group in byTime)
        {
            var events = group.Count(o => o.Event);
            var censored = group.Count() - events;
            if (events > 0)
            {
                survival *= 1 - ((double)events / atRisk);
                greenwood = events < atRisk ? greenwood + (events / ((double)atRisk * (atRisk - events))) : double.PositiveInfinity;
                var spread = Math.Sqrt(greenwood);
                var confidence = survival > 0
                    ? new Interval(survival * Math.Exp(-z * spread), Math.Min(1, survival * Math.Exp(z * spread)))
                    : new Interval(0, 0);
                steps.Add(new SurvivalStep(group.Key, atRisk, events, censored, survival, survival > 0 ? survival * spread : 0, confidence));
            }

            atRisk -= events + censored;
        }

        return steps;
    }

    /// <summary>The smallest time at which the curve is at or below one half; null while it stays above.</summary>
    public static double? Median(IReadOnlyList<SurvivalStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);

        // The tolerance keeps an exact half (1 - 1/2) from missing by a rounding error.
        return steps.Where(s => s.Survival <= 0.5 + 1e-12).Select(s => (double?)s.Time).FirstOrDefault();
    }
}
