using System.Globalization;
using SegmentAI.Skills.Statistics;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Describes each cluster as a persona: its size and share, each feature's mean against everyone's (as a difference in
/// standard deviations, most distinctive first), a name from its two most distinctive traits, and its drop-off rate
/// with a 95 % Wilson interval.
/// </summary>
internal static class PersonaProfiles
{
    /// <summary>Days without an event after which a user counts as dropped off even without a drop-off event.</summary>
    public const int InactiveDays = 14;

    /// <summary>The definition every reply states with a drop-off rate.</summary>
    public static string DropOffDefinition(BehaviourEventLog log) =>
        log.DropOffEvent is { } dropOff
            ? $"dropped off = a session that ended in {dropOff}, or no event in the last {InactiveDays} days of the window; denominator = the persona's users active in the window"
            : $"dropped off = no event in the last {InactiveDays} days of the window; denominator = the persona's users active in the window";

    /// <summary>The personas of <paramref name="clusters"/>, largest first.</summary>
    public static IReadOnlyList<PersonaProfile> Describe(BehaviourFeatureTable table, PersonaClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(clusters);
        var width = table.Names.Count;
        var overall = Enumerable.Range(0, width).Select(j => table.Values.Average(r => r[j])).ToArray();
        var spread = Enumerable.Range(0, width).Select(j => Math.Sqrt(table.Values.Average(r => (r[j] - overall[j]) * (r[j] - overall[j])))).ToArray();
        var dropShare = table.Names.ToList().IndexOf("drop_off_share");
        var recency = table.IndexOf("days_since_last_event");
        var personas = new List<PersonaProfile>();
        foreach (var cluster in clusters.Labels.Distinct().Order())
        {
            var rows = Enumerable.Range(0, table.Users.Count).Where(i => clusters.Labels[i] == cluster).ToList();
            var traits = Enumerable.Range(0, width)
                .Select(j =>
                {
                    var mean = rows.Average(i => table.Values[i][j]);
                    return new PersonaTrait(table.Names[j], mean, overall[j], spread[j] > 0 ? (mean - overall[j]) / spread[j] : 0);
                })
                .OrderByDescending(t => Math.Abs(t.Difference)).ThenBy(t => t.Feature, StringComparer.Ordinal)
                .ToList();
            var dropped = rows.Count(i => (dropShare >= 0 && table.Values[i][dropShare] > 0) || table.Values[i][recency] >= InactiveDays);
            personas.Add(new PersonaProfile(cluster, "", rows.Select(i => table.Users[i]).ToList(), (double)rows.Count / table.Users.Count, traits, new Proportion(dropped, rows.Count)));
        }

        return Name(personas);
    }

    // The two most distinctive traits name a persona; when two personas would share a name, the next trait tells them apart.
    private static List<PersonaProfile> Name(List<PersonaProfile> personas)
    {
        var named = personas.Select(p => p with { Name = Words(p, 2) }).ToList();
        for (var extra = 3; extra <= 4 && named.GroupBy(p => p.Name, StringComparer.Ordinal).Any(g => g.Count() > 1); extra++)
        {
            var clashing = named.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).Select(p => p.Cluster).ToHashSet();
            named = named.Select(p => clashing.Contains(p.Cluster) ? p with { Name = Words(p, extra) } : p).ToList();
        }

        return named;
    }

    private static string Words(PersonaProfile persona, int traits)
    {
        var text = string.Join(", ", persona.Traits.Take(traits).Select(Trait));
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    private static string Trait(PersonaTrait trait)
    {
        var high = trait.Difference >= 0;
        return trait.Feature switch
        {
            "sessions" => high ? "frequent visits" : "rare visits",
            "events_per_active_day" => high ? "busy days" : "light days",
            "median_session_seconds" => high ? "long sessions" : "short sessions",
            "median_pause_seconds" => high ? "slow, deliberate pace" : "quick pace",
            "days_active" => high ? "many active days" : "few active days",
            "days_since_last_event" => high ? "lapsing" : "recently active",
            "drop_off_share" => high ? "often drop off" : "rarely drop off",
            var step when step.EndsWith("_per_session", StringComparison.Ordinal) =>
                $"{(high ? "frequent" : "rare")} {step[..^"_per_session".Length].Replace('_', ' ')}",
            var other => $"{(high ? "high" : "low")} {other.Replace('_', ' ')}",
        };
    }
}
