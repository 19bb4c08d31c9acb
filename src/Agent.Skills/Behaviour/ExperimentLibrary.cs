using System.Globalization;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Proposes experiments for a persona from a rule library (<c>experiment-ideas.yaml</c>) keyed by the persona's traits,
/// most distinctive first, and sizes each one on the persona's drop-off rate. Text is filled only from computed values,
/// so no idea quotes a number the analysis did not produce.
/// </summary>
internal sealed class ExperimentLibrary
{
    private const string Resource = "SegmentAI.Skills.Behaviour.experiment-ideas.yaml";
    private const string StepSuffix = "_per_session";
    private const string KeyStepPrefix = "median_seconds_";

    private readonly IReadOnlyList<Rule> _rules;

    private ExperimentLibrary(IReadOnlyList<Rule> rules) => _rules = rules;

    /// <summary>The library shipped with SegmentAI.</summary>
    public static ExperimentLibrary Shipped { get; } = Parse(Resource, ReadResource());

    /// <summary>Reads a library; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static ExperimentLibrary Parse(string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues) ?? throw new ConfigurationException(issues);
        var rules = new List<Rule>();
        foreach (var map in root.Maps("ideas", required: true))
        {
            var feature = map.String("feature");
            var step = map.Bool("step") ?? false;
            var any = map.Bool("any") ?? false;
            var keyStep = map.Bool("key_step") ?? false;
            var direction = map.String("direction");
            var title = map.String("title", required: true);
            var change = map.String("change", required: true);
            var evidence = map.String("evidence", required: true);
            map.RejectUnknownKeys();
            if ((feature is null ? 0 : 1) + (step ? 1 : 0) + (keyStep ? 1 : 0) + (any ? 1 : 0) != 1)
            {
                map.Error("feature", "a rule names exactly one of feature, step: true, key_step: true or any: true");
            }
            else if (!any && direction is not ("high" or "low"))
            {
                map.Error("direction", $"must be high or low (got '{direction}')");
            }
            else if (title is not null && change is not null && evidence is not null)
            {
                rules.Add(new Rule(feature, step, keyStep, any, direction == "high", title, change, evidence));
            }
        }

        root.RejectUnknownKeys();
        return issues.Count > 0 ? throw new ConfigurationException(issues) : new ExperimentLibrary(rules);
    }

    /// <summary>
    /// At least <paramref name="count"/> ideas for <paramref name="persona"/> (fewer only if the library has fewer that
    /// apply), sized to see a drop-off change of <paramref name="effect"/> over a window of <paramref name="windowDays"/> days.
    /// </summary>
    public IReadOnlyList<ExperimentIdea> Propose(PersonaProfile persona, int windowDays, int count = 3, double effect = 0.05)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var ideas = new List<ExperimentIdea>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        // What the persona was clustered by comes first; what only describes it (outcome rates, step times) after.
        var matches = persona.Traits.Concat(persona.Descriptions)
            .SelectMany(trait => _rules.Where(rule => rule.Applies(trait)).Select(rule => (rule, (PersonaTrait?)trait)))
            .Concat(_rules.Where(r => r.Any).Select(rule => (rule, (PersonaTrait?)null)));
        foreach (var (rule, trait) in matches)
        {
            if (ideas.Count >= count)
            {
                break;
            }

            var idea = Fill(rule, trait, persona, windowDays, effect);
            if (used.Add(idea.Title))
            {
                ideas.Add(idea);
            }
        }

        return ideas;
    }

    /// <summary>How a feature's value reads: shares as percentages, seconds as seconds, minutes or hours, days as days.</summary>
    public static string Format(string feature, double value) =>
        feature switch
        {
            "drop_off_share" or "acceptance_rate" or "rejection_rate" => Percent(value),
            "median_pause_seconds" or "median_session_seconds" => Duration(value),
            var keyStep when keyStep.StartsWith(KeyStepPrefix, StringComparison.Ordinal) => Duration(value),
            "days_since_last_event" => $"{value.ToString("0.#", CultureInfo.InvariantCulture)} days",
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };

    private static string Duration(double seconds) =>
        seconds >= 7_200 ? $"{(seconds / 3_600).ToString("0.#", CultureInfo.InvariantCulture)} h"
        : seconds >= 120 ? $"{(seconds / 60).ToString("0.#", CultureInfo.InvariantCulture)} min"
        : $"{seconds.ToString("0", CultureInfo.InvariantCulture)} s";

    /// <summary>A rate as a whole percentage ("62 %").</summary>
    public static string Percent(double rate) => $"{(rate * 100).ToString("0", CultureInfo.InvariantCulture)} %";

    private static ExperimentIdea Fill(Rule rule, PersonaTrait? trait, PersonaProfile persona, int windowDays, double effect)
    {
        var baseline = persona.DropOff.Rate;
        var perArm = ExperimentSizing.UsersPerArm(baseline, effect);
        var weekly = persona.Members.Count / Math.Max(1.0, windowDays / 7.0);
        var weeks = (int)Math.Ceiling(2.0 * perArm / Math.Max(1, weekly));
        var evidence = Placeholders(rule.Evidence, trait, persona);
        return new ExperimentIdea(
            persona.Cluster,
            Placeholders(rule.Title, trait, persona),
            Placeholders(rule.Change, trait, persona),
            evidence,
            $"drop-off rate of {persona.Name}, baseline {Percent(baseline)} (n = {persona.DropOff.Total}); minimum detectable effect {(effect * 100).ToString("0.#", CultureInfo.InvariantCulture)} percentage points",
            baseline,
            effect,
            perArm,
            weeks);
    }

    private static string Placeholders(string text, PersonaTrait? trait, PersonaProfile persona)
    {
        var filled = text
            .Replace("{persona}", persona.Name, StringComparison.Ordinal)
            .Replace("{drop_off}", Percent(persona.DropOff.Rate), StringComparison.Ordinal)
            .Replace("{users}", persona.DropOff.Total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (trait is { } t)
        {
            filled = filled
                .Replace("{value}", Format(t.Feature, t.Persona), StringComparison.Ordinal)
                .Replace("{overall}", Format(t.Feature, t.Overall), StringComparison.Ordinal)
                .Replace("{event}", Event(t.Feature), StringComparison.Ordinal);
        }

        return filled;
    }

    // "revise_offer_per_session" reads "revise offer"; "median_seconds_send_offer_to_accept" reads "send offer to accept".
    private static string Event(string feature) =>
        feature.EndsWith(StepSuffix, StringComparison.Ordinal) ? feature[..^StepSuffix.Length].Replace('_', ' ')
        : feature.StartsWith(KeyStepPrefix, StringComparison.Ordinal) ? feature[KeyStepPrefix.Length..].Replace('_', ' ')
        : feature;

    private static string ReadResource()
    {
        using var stream = typeof(ExperimentLibrary).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(ExperimentLibrary).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Rule(string? Feature, bool Step, bool KeyStep, bool Any, bool High, string Title, string Change, string Evidence)
    {
        public bool Applies(PersonaTrait trait) =>
            !Any && High == (trait.Difference >= 0) && trait.Difference != 0
            && (Step ? trait.Feature.EndsWith(StepSuffix, StringComparison.Ordinal)
                : KeyStep ? trait.Feature.StartsWith(KeyStepPrefix, StringComparison.Ordinal)
                : trait.Feature == Feature);
    }
}
