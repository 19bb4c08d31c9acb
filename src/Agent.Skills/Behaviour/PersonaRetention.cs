using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>One persona's retention tables and drop-off survival curve.</summary>
/// <param name="Cluster">The persona's cluster.</param>
/// <param name="NDay">Share active on exactly day N after their first day.</param>
/// <param name="Unbounded">Share active on day N or later.</param>
/// <param name="Survival">Kaplan–Meier curve of days until the first drop-off, with 95 % bands.</param>
internal sealed record PersonaRetention(int Cluster, RetentionCurve NDay, RetentionCurve Unbounded, IReadOnlyList<SurvivalStep> Survival)
{
    /// <summary>The definition every reply states with a retention table or curve.</summary>
    public const string Definition =
        "retained on day N = any event on the Nth calendar day after the user's first day in the window (rolling from each user's own start); "
        + "N-day counts that day only, unbounded counts that day or later; denominator = the persona's users whose first day is at least N days before the window's end. "
        + "Survival = share without a drop-off event N days after their first event; users who never dropped off are censored at the window's end";

    /// <summary>Each persona's tables and curve, and the log-rank test of whether their drop-off curves differ.</summary>
    public static (IReadOnlyList<PersonaRetention> Personas, LogRankResult? Comparison) Compute(
        IReadOnlyList<PersonaProfile> personas, IReadOnlyDictionary<string, UserActivity> activity, int periods)
    {
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(activity);
        var results = new List<PersonaRetention>();
        var groups = new List<IReadOnlyList<SurvivalObservation>>();
        foreach (var persona in personas)
        {
            var members = persona.Members.Where(activity.ContainsKey).Select(u => activity[u]).ToList();
            var retention = members.Select(m => m.Retention).ToList();
            var observations = members.Select(m => m.DropOff).ToList();
            results.Add(new PersonaRetention(
                persona.Cluster,
                RetentionCurve.From(retention, periods, RetentionKind.NDay),
                RetentionCurve.From(retention, periods, RetentionKind.Unbounded),
                KaplanMeier.Estimate(observations)));
            if (observations.Count > 0)
            {
                groups.Add(observations);
            }
        }

        return (results, groups.Count >= 2 ? LogRankTest.Compare(groups) : null);
    }
}
