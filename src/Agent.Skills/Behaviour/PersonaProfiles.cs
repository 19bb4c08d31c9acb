using System.Globalization;
using SegmentAI.Skills.Statistics;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Describes each cluster as a persona: its size and share, each clustering feature's mean against everyone's (as a
/// difference in standard deviations, most distinctive first), a name from its two most distinctive of those, the same
/// comparison for the descriptive features, and its drop-off rate (the tenant's churn proxy) with a 95 % Wilson interval.
/// </summary>
internal static class PersonaProfiles
{
    /// <summary>The definition every reply states with a drop-off rate.</summary>
    public static string DropOffDefinition(BehaviourEventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var idle = $"no event in the last {log.InactiveDays.ToString(CultureInfo.InvariantCulture)} days of the window";
        return log.DropOffEvent is { } dropOff
            ? $"dropped off = a session that ended in {dropOff}, or {idle}; denominator = the persona's users active in the window"
            : $"dropped off = {idle}; denominator = the persona's users active in the window";
    }

    /// <summary>The personas of <paramref name="clusters"/>, largest first.</summary>
    public static IReadOnlyList<PersonaProfile> Describe(BehaviourFeatureTable table, PersonaClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(clusters);
        var width = table.Names.Count;
        var overall = new double[width];
        var spread = new double[width];
        for (var j = 0; j < width; j++)
        {
            (overall[j], spread[j]) = MeanAndSpread(table.Values.Select(r => r[j]));
        }

        // One pass groups the rows by cluster; a filter per cluster over every row would cost k passes at 100,000 users.
        var members = clusters.Labels.Select((label, row) => (label, row)).GroupBy(p => p.label).OrderBy(g => g.Key).ToList();
        var personas = new List<PersonaProfile>(members.Count);
        foreach (var group in members)
        {
            var rows = group.Select(p => p.row).ToList();
            var traits = Traits(table, table.ClusteringColumns, rows, overall, spread);
            var descriptions = Traits(table, table.DescriptiveColumns, rows, overall, spread).Where(t => !double.IsNaN(t.Persona)).ToList();
            var dropped = rows.Count(i => table.DroppedOff[i]);
            personas.Add(new PersonaProfile(group.Key, "", rows.Select(i => table.Users[i]).ToList(), (double)rows.Count / table.Users.Count, traits, new Proportion(dropped, rows.Count))
            {
                Descriptions = descriptions,
            });
        }

        return Name(personas);
    }

    private static List<PersonaTrait> Traits(BehaviourFeatureTable table, IReadOnlyList<int> columns, List<int> rows, double[] overall, double[] spread) =>
        columns
            .Select(j =>
            {
                var mean = MeanAndSpread(rows.Select(i => table.Values[i][j])).Mean;
                var difference = spread[j] > 0 && !double.IsNaN(mean) ? (mean - overall[j]) / spread[j] : 0;
                return new PersonaTrait(table.Names[j], mean, overall[j], difference);
            })
            .OrderByDescending(t => Math.Abs(t.Difference)).ThenBy(t => t.Feature, StringComparer.Ordinal)
            .ToList();

    // Mean and population standard deviation of the known values (a descriptive feature is NaN where the user has no
    // data); NaN when none is known.
    private static (double Mean, double Spread) MeanAndSpread(IEnumerable<double> values)
    {
        var known = values.Where(v => !double.IsNaN(v)).ToList();
        if (known.Count == 0)
        {
            return (double.NaN, 0);
        }

        var mean = known.Average();
        return (mean, Math.Sqrt(known.Average(v => (v - mean) * (v - mean))));
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
