using System.Globalization;
using System.Text;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Writes a <see cref="BehaviourStudy"/> as reply contents: the persona overview, drop-off, retention and experiment
/// views. Every number is read from the study, and every view states the definitions its numbers depend on.
/// </summary>
internal static class PersonaReport
{
    /// <summary>P-values below this are written as "p &lt; 0.001".</summary>
    public const double SmallestPValue = 0.001;

    private const string PcaNote = "PCA map of the clustered features";

    /// <summary>Who the personas are: a table, the PCA map and the drop-off bars.</summary>
    public static IReadOnlyList<ReplyContent> Overview(BehaviourStudy study, string window)
    {
        ArgumentNullException.ThrowIfNull(study);
        var analysis = study.Summary;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**{analysis.Personas.Count} behavioural personas** among {analysis.Users:N0} users active {window}. ")
            .Append(Stability(study));
        var table = new TableContent(
            [new TableColumn("Persona"), new TableColumn("Users", Numeric: true), new TableColumn("Share", Numeric: true), new TableColumn("Drop-off (95 % CI)", Numeric: true), new TableColumn("What sets them apart")],
            study.Profiles.Select(p => (IReadOnlyList<string>)[p.Name, Count(p.Members.Count), ExperimentLibrary.Percent(p.Share), RateWithInterval(p.DropOff), Traits(p)]).ToList())
        { Title = "Personas" };
        return
        [
            new TextContent(text.Append("\n\n").Append(Markdown(table)).Append("\n\n").Append(Capitalized(study.Summary.DropOffDefinition)).Append('.').ToString()),
            table,
            MapChart(study),
            DropOffChart(study, study.Profiles),
        ];
    }

    /// <summary>Which personas drop off the most, highest rate first, with intervals and the overall rate.</summary>
    public static IReadOnlyList<ReplyContent> DropOff(BehaviourStudy study, string window)
    {
        ArgumentNullException.ThrowIfNull(study);
        var ranked = study.Profiles.OrderByDescending(p => p.DropOff.Rate).ThenBy(p => p.Cluster).ToList();
        var top = ranked[0];
        var overall = study.OverallDropOff;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**{top.Name}** drop off the most: {ExperimentLibrary.Percent(top.DropOff.Rate)} of its {Count(top.DropOff.Total)} users ")
            .Append(CultureInfo.InvariantCulture, $"(95 % CI {Interval(top.DropOff)}), against {ExperimentLibrary.Percent(overall.Rate)} of all {Count(overall.Total)} users active {window}.");
        if (ranked.Count > 1 && ranked[1].DropOff.Wilson().High >= top.DropOff.Wilson().Low)
        {
            // Overlapping intervals mean the ranking of the top two is not settled by this much data.
            text.Append(CultureInfo.InvariantCulture, $" Its interval overlaps that of **{ranked[1].Name}** ({RateWithInterval(ranked[1].DropOff)}), so the two are not clearly apart.");
        }

        var table = new TableContent(
            [new TableColumn("Persona"), new TableColumn("Users", Numeric: true), new TableColumn("Dropped off", Numeric: true), new TableColumn("Rate (95 % CI)", Numeric: true)],
            ranked.Select(p => (IReadOnlyList<string>)[p.Name, Count(p.DropOff.Total), Count(p.DropOff.Successes), RateWithInterval(p.DropOff)]).ToList())
        { Title = "Drop-off by persona" };
        text.Append("\n\n").Append(Markdown(table)).Append("\n\n").Append(Capitalized(study.Summary.DropOffDefinition)).Append('.');
        return [new TextContent(text.ToString()), table, DropOffChart(study, ranked)];
    }

    /// <summary>Retention tables by day since each user's first day, survival curves with bands, and the log-rank test.</summary>
    public static IReadOnlyList<ReplyContent> Retention(BehaviourStudy study, RetentionKind kind, string window)
    {
        ArgumentNullException.ThrowIfNull(study);
        var curves = study.Retention.Select(r => kind == RetentionKind.NDay ? r.NDay : r.Unbounded).ToList();
        var days = Enumerable.Range(0, study.RetentionPeriods).ToList();
        var label = kind == RetentionKind.NDay ? "N-day" : "Unbounded (on or after)";
        var table = new TableContent(
            [new TableColumn("Persona"), new TableColumn("Users", Numeric: true), .. days.Skip(1).Select(d => new TableColumn($"Day {d}", Numeric: true))],
            study.Profiles.Select((p, i) => (IReadOnlyList<string>)[p.Name, Count(curves[i].Size), .. days.Skip(1).Select(d => curves[i].Eligible[d] == 0 ? "–" : ExperimentLibrary.Percent(curves[i].Rates[d].Rate))]).ToList())
        { Title = $"{label} retention by persona" };
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**{label} retention by persona** for users active {window}, day 0 being each user's first day in the window.\n\n")
            .Append(Markdown(table)).Append("\n\n");
        if (study.Comparison is { } test)
        {
            text.Append(CultureInfo.InvariantCulture, $"Log-rank test of the drop-off survival curves: χ² = {test.ChiSquare:0.0} on {test.DegreesOfFreedom} degrees of freedom, {PValue(test.PValue)}")
                .Append(test.PValue < ExperimentSizing.Significance ? " — the personas drop off at different rates over time.\n\n" : " — no clear difference between the personas' curves.\n\n");
        }

        text.Append(Capitalized(PersonaRetention.Definition)).Append('.');
        var retentionChart = new ChartContent
        {
            Title = $"{label} retention by persona (95 % Wilson bands)",
            Kind = ChartKind.Line,
            Categories = days.Select(d => $"Day {d}").ToList(),
            Series = study.Profiles.Select((p, i) => Banded(p.Name, curves[i].Rates)).ToList(),
            XLabel = "Days since first day",
            YLabel = "Retained",
            Unit = "share",
        };
        var survivalChart = new ChartContent
        {
            Title = "Share not yet dropped off (Kaplan–Meier, 95 % bands)",
            Kind = ChartKind.Line,
            Categories = days.Select(d => $"Day {d}").ToList(),
            Series = study.Profiles.Select((p, i) => Survival(p.Name, study.Retention[i].Survival, days)).ToList(),
            XLabel = "Days since first event",
            YLabel = "Not dropped off",
            Unit = "share",
        };
        return [new TextContent(text.ToString()), table, retentionChart, survivalChart];
    }

    /// <summary>Experiment cards for <paramref name="personas"/> (indexes into the study's profiles).</summary>
    public static IReadOnlyList<ReplyContent> Experiments(BehaviourStudy study, IReadOnlyList<int> personas, string window)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(personas);
        var text = new StringBuilder(personas.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"**Experiments for {study.Profiles[personas[0]].Name}**, from its behaviour {window}. Each is sized on the persona's drop-off rate ({ExperimentSizing.Significance * 100:0} % significance, {ExperimentSizing.Power * 100:0} % power).")
            : string.Create(CultureInfo.InvariantCulture, $"**Experiments per persona**, from behaviour {window}. Each is sized on the persona's drop-off rate ({ExperimentSizing.Significance * 100:0} % significance, {ExperimentSizing.Power * 100:0} % power)."));
        var contents = new List<ReplyContent>();
        foreach (var index in personas)
        {
            var persona = study.Profiles[index];
            var ideas = study.Experiments[index];
            text.Append(CultureInfo.InvariantCulture, $"\n\n### {persona.Name}\n");
            foreach (var idea in ideas)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n- **{idea.Title}**: {idea.Change}. Why: {idea.Evidence}. Success metric: {idea.SuccessMetric}. ")
                    .Append(CultureInfo.InvariantCulture, $"Needs {Count(idea.UsersPerArm)} users per arm ({Count(idea.UsersPerArm * 2)} in all), about {Weeks(idea.Weeks)} at this persona's current volume.");
            }

            contents.Add(new TableContent(
                [new TableColumn("Experiment"), new TableColumn("Change"), new TableColumn("Evidence"), new TableColumn("Success metric"), new TableColumn("Users per arm", Numeric: true), new TableColumn("Weeks", Numeric: true)],
                ideas.Select(i => (IReadOnlyList<string>)[i.Title, i.Change, i.Evidence, i.SuccessMetric, Count(i.UsersPerArm), i.Weeks.ToString(CultureInfo.InvariantCulture)]).ToList())
            { Title = $"Experiments for {persona.Name}" });
        }

        contents.Insert(0, new TextContent(text.ToString()));
        return contents;
    }

    /// <summary>
    /// One persona in depth (the dashboard's drill-down): its size and drop-off against everyone, every trait against
    /// everyone's value, its N-day and unbounded retention and its survival curve with bands, and its experiments.
    /// </summary>
    public static IReadOnlyList<ReplyContent> Persona(BehaviourStudy study, int index, string window)
    {
        ArgumentNullException.ThrowIfNull(study);
        var persona = study.Profiles[index];
        var retention = study.Retention[index];
        var overall = study.OverallDropOff;
        var days = Enumerable.Range(0, study.RetentionPeriods).ToList();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**{persona.Name}**: {Count(persona.Members.Count)} of the {Count(study.Summary.Users)} users active {window} ({ExperimentLibrary.Percent(persona.Share)}). ")
            .Append(CultureInfo.InvariantCulture, $"{ExperimentLibrary.Percent(persona.DropOff.Rate)} of them dropped off (95 % CI {Interval(persona.DropOff)}), against {ExperimentLibrary.Percent(overall.Rate)} of everyone. ")
            .Append(Capitalized(study.Summary.DropOffDefinition)).Append('.');
        var traits = new TableContent(
            [new TableColumn("Feature"), new TableColumn("This persona", Numeric: true), new TableColumn("Everyone", Numeric: true), new TableColumn("Difference", Numeric: true)],
            persona.Traits.Select(t => (IReadOnlyList<string>)[Readable(t.Feature), ExperimentLibrary.Format(t.Feature, t.Persona), ExperimentLibrary.Format(t.Feature, t.Overall), Deviations(t.Difference)]).ToList())
        { Title = $"What sets {persona.Name} apart" };
        var retentionChart = new ChartContent
        {
            Title = $"Retention of {persona.Name} (95 % Wilson bands)",
            Kind = ChartKind.Line,
            Categories = days.Select(d => $"Day {d}").ToList(),
            Series = [Banded("N-day", retention.NDay.Rates), Banded("Unbounded (on or after)", retention.Unbounded.Rates)],
            XLabel = "Days since first day",
            YLabel = "Retained",
            Unit = "share",
        };
        var survivalChart = new ChartContent
        {
            Title = $"{persona.Name} not yet dropped off (Kaplan–Meier, 95 % band)",
            Kind = ChartKind.Line,
            Categories = days.Select(d => $"Day {d}").ToList(),
            Series = [Survival(persona.Name, retention.Survival, days)],
            XLabel = "Days since first event",
            YLabel = "Not dropped off",
            Unit = "share",
        };
        return [new TextContent(text.ToString()), traits, DropOffChart(study, [persona]), retentionChart, survivalChart, .. Experiments(study, [index], window)];
    }

    /// <summary>Text that a persona name, a date or a definition contains and that the number check reads verbatim.</summary>
    public static IEnumerable<string> Verbatim(BehaviourStudy study) =>
        study.Profiles.Select(p => p.Name).Concat(study.Experiments.SelectMany(i => i).SelectMany(i => new[] { i.Title, i.Change }));

    private static string Stability(BehaviourStudy study) =>
        study.Summary.Stable
            ? string.Create(CultureInfo.InvariantCulture, $"Stability {study.Summary.Stability:0.00}: reruns on {study.Options.StabilitySubsample * 100:0} % subsamples with {study.Options.StabilityReruns} other seeds agree with these personas (mean adjusted Rand index; below {study.Options.StableAbove:0.0} I would warn you).")
            : string.Create(CultureInfo.InvariantCulture, $"**Warning: stability {study.Summary.Stability:0.00}**, below {study.Options.StableAbove:0.0}: reruns on {study.Options.StabilitySubsample * 100:0} % subsamples with {study.Options.StabilityReruns} other seeds group these users differently, so treat these personas as tentative. A longer window usually helps.");

    // "1.2 SD above": a size with its direction in words, so no sign has to be read off a number.
    private static string Deviations(double difference) =>
        difference == 0 ? "none" : $"{Math.Abs(difference).ToString("0.##", CultureInfo.InvariantCulture)} SD {(difference > 0 ? "above" : "below")}";

    private static string Traits(PersonaProfile persona) =>
        string.Join("; ", persona.Traits.Take(2).Select(t => $"{Readable(t.Feature)} {ExperimentLibrary.Format(t.Feature, t.Persona)} vs {ExperimentLibrary.Format(t.Feature, t.Overall)} overall"));

    // "median_pause_seconds" reads as "median pause": the value carries its unit.
    private static string Readable(string feature) =>
        (feature.EndsWith("_seconds", StringComparison.Ordinal) ? feature[..^"_seconds".Length] : feature).Replace('_', ' ');

    private static ChartContent MapChart(BehaviourStudy study) => new()
    {
        Title = $"{PcaNote} (PC1 {ExperimentLibrary.Percent(study.MapExplained[0])}, PC2 {ExperimentLibrary.Percent(study.MapExplained.Count > 1 ? study.MapExplained[1] : 0)} of the variance)",
        Kind = ChartKind.Scatter,
        Categories = [],
        Series = study.Profiles.Select((p, i) => new ChartSeries(p.Name, study.Map[i].Select(m => m.Y).ToList()) { X = study.Map[i].Select(m => m.X).ToList() }).ToList(),
        XLabel = "PC1",
        YLabel = "PC2",
    };

    private static ChartContent DropOffChart(BehaviourStudy study, IReadOnlyList<PersonaProfile> personas) => new()
    {
        Title = "Drop-off rate by persona (95 % Wilson intervals)",
        Kind = ChartKind.Bar,
        Categories = personas.Select(p => p.Name).ToList(),
        Series = [Banded("Dropped off", personas.Select(p => p.DropOff).ToList())],
        XLabel = "Persona",
        YLabel = "Dropped off",
        Unit = "share",
    };

    private static ChartSeries Banded(string name, IReadOnlyList<Proportion> rates) =>
        new(name, rates.Select(r => r.Rate).ToList()) { Low = rates.Select(r => r.Wilson().Low).ToList(), High = rates.Select(r => r.Wilson().High).ToList() };

    // The Kaplan–Meier estimate on each whole day: the last step at or before it, 1 before the first event.
    private static ChartSeries Survival(string name, IReadOnlyList<SurvivalStep> steps, IReadOnlyList<int> days)
    {
        var at = days.Select(d => steps.LastOrDefault(s => s.Time <= d)).ToList();
        return new ChartSeries(name, at.Select(s => s.AtRisk == 0 ? 1 : s.Survival).ToList())
        {
            Low = at.Select(s => s.AtRisk == 0 ? 1 : s.Confidence.Low).ToList(),
            High = at.Select(s => s.AtRisk == 0 ? 1 : s.Confidence.High).ToList(),
        };
    }

    private static string Markdown(TableContent table)
    {
        var text = new StringBuilder("| ").AppendJoin(" | ", table.Columns.Select(c => c.Header)).Append(" |\n|")
            .AppendJoin("|", table.Columns.Select(c => c.Numeric ? "---:" : "---")).Append('|');
        foreach (var row in table.Rows)
        {
            text.Append("\n| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |");
        }

        return text.ToString();
    }

    private static string RateWithInterval(Proportion rate) => $"{ExperimentLibrary.Percent(rate.Rate)} ({Interval(rate)})";

    private static string Interval(Proportion rate)
    {
        var interval = rate.Wilson();
        return $"{(interval.Low * 100).ToString("0", CultureInfo.InvariantCulture)}–{ExperimentLibrary.Percent(interval.High)}";
    }

    private static string PValue(double p) =>
        p < SmallestPValue ? $"p < {SmallestPValue.ToString("0.###", CultureInfo.InvariantCulture)}" : $"p = {p.ToString("0.###", CultureInfo.InvariantCulture)}";

    private static string Weeks(int weeks) => weeks == 1 ? "1 week" : $"{weeks.ToString(CultureInfo.InvariantCulture)} weeks";

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
