using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Everything one persona analysis computed, kept together so every number a reply, a chart or a dashboard shows is
/// read from here and can be checked against it.
/// </summary>
/// <param name="Summary">The personas as the command line and the API show them.</param>
/// <param name="Profiles">Each persona's members, traits and drop-off.</param>
/// <param name="Clusters">The clusters with the silhouette of each k tried and their stability.</param>
/// <param name="Options">How the clusters were found.</param>
/// <param name="Map">Each persona's users on the first two principal components (a sample of each), for the PCA map.</param>
/// <param name="MapExplained">The share of the variance each of the two components explains.</param>
/// <param name="Retention">Each persona's retention tables and drop-off survival curve, in <paramref name="Profiles"/> order.</param>
/// <param name="Comparison">The log-rank test of whether the personas' survival curves differ; null with fewer than two.</param>
/// <param name="RetentionPeriods">Days the retention tables cover (day 0 first).</param>
/// <param name="Experiments">Each persona's experiment ideas, in <paramref name="Profiles"/> order.</param>
/// <param name="InactiveDays">Days without an event after which a user counts as dropped off.</param>
/// <param name="SessionGapMinutes">The inactivity gap that ends a session when the log has no session id.</param>
internal sealed record BehaviourStudy(
    PersonaAnalysis Summary,
    IReadOnlyList<PersonaProfile> Profiles,
    PersonaClusters Clusters,
    PersonaClusteringOptions Options,
    IReadOnlyList<IReadOnlyList<(double X, double Y)>> Map,
    IReadOnlyList<double> MapExplained,
    IReadOnlyList<PersonaRetention> Retention,
    LogRankResult? Comparison,
    int RetentionPeriods,
    IReadOnlyList<IReadOnlyList<ExperimentIdea>> Experiments,
    int InactiveDays,
    int SessionGapMinutes)
{
    /// <summary>Everyone's drop-off: the users who dropped off out of all users analysed.</summary>
    public Proportion OverallDropOff => new(Profiles.Sum(p => p.DropOff.Successes), Profiles.Sum(p => p.DropOff.Total));

    /// <summary>Days the window covers.</summary>
    public int WindowDays => Summary.End.DayNumber - Summary.Start.DayNumber;

    /// <summary>The values only a chart shows: each mapped user's coordinates.</summary>
    public IEnumerable<double> Plotted() => Map.SelectMany(points => points.SelectMany(p => new[] { p.X, p.Y }));

    /// <summary>Every number this analysis computed or was configured with, for checking a reply's numbers against.</summary>
    public IEnumerable<double> Numbers()
    {
        var analysis = Summary;
        IEnumerable<double> numbers =
        [
            analysis.Users, analysis.Stability, analysis.Personas.Count, WindowDays, InactiveDays, SessionGapMinutes, RetentionPeriods,
            Options.MinClusters, Options.MaxClusters, Options.StabilityReruns, Options.StabilitySubsample, Options.StableAbove, Options.SilhouetteSample,
            Proportion.ConfidenceLevel, ExperimentSizing.Significance, ExperimentSizing.Power, PersonaReport.SmallestPValue,
            OverallDropOff.Successes, OverallDropOff.Total, OverallDropOff.Rate, OverallDropOff.Wilson().Low, OverallDropOff.Wilson().High,
            .. Enumerable.Range(0, RetentionPeriods).Select(d => (double)d),
            .. Clusters.SilhouetteByK.Keys.Select(k => (double)k), .. Clusters.SilhouetteByK.Values, .. MapExplained,
        ];
        foreach (var persona in analysis.Personas)
        {
            numbers = numbers.Concat([persona.Users, persona.Share, persona.DropOffRate, persona.DropOffLow, persona.DropOffHigh]);
        }

        foreach (var profile in Profiles)
        {
            // Durations are shown in minutes when long: the same value in another unit. A difference is written as
            // its size with "above" or "below".
            numbers = numbers.Concat([profile.DropOff.Successes, profile.DropOff.Total])
                .Concat(profile.Traits.SelectMany(t => new[] { t.Persona, t.Overall, t.Difference, Math.Abs(t.Difference), t.Persona / 60, t.Overall / 60 }));
        }

        foreach (var retention in Retention)
        {
            foreach (var curve in new[] { retention.NDay, retention.Unbounded })
            {
                numbers = numbers.Concat(curve.Eligible.Select(e => (double)e)).Concat(curve.Retained.Select(r => (double)r))
                    .Concat(curve.Rates.SelectMany(r => new[] { r.Rate, r.Wilson().Low, r.Wilson().High }));
            }

            numbers = numbers.Concat(retention.Survival.SelectMany(s => new[] { s.Time, s.AtRisk, s.Events, s.Survival, s.Confidence.Low, s.Confidence.High }));
        }

        if (Comparison is { } test)
        {
            numbers = numbers.Concat([test.ChiSquare, test.DegreesOfFreedom, test.PValue]).Concat(test.Observed.Select(o => (double)o)).Concat(test.Expected);
        }

        foreach (var idea in Experiments.SelectMany(i => i))
        {
            numbers = numbers.Concat([idea.Baseline, idea.MinimumDetectableEffect, idea.UsersPerArm, idea.UsersPerArm * 2.0, idea.Weeks]);
        }

        return numbers;
    }
}
