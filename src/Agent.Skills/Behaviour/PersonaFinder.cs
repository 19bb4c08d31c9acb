using System.Text.RegularExpressions;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Finds the persona a person's words mean ("the serial revisers", "the ghosts", "persona 2"). Persona names are made
/// from traits, so people use their own words: an everyday name from <c>persona-words.yaml</c> stands for traits, a
/// word sharing its stem with an event ("revisers" and revise_offer) stands for doing that event often, and the
/// persona whose traits lie furthest that way is the one meant — when it is clearly ahead of the next.
/// </summary>
internal sealed partial class PersonaFinder
{
    private const string Resource = "SegmentAI.Skills.Behaviour.persona-words.yaml";
    private const string StepSuffix = "_per_session";
    private const double Enough = 0.5;
    private const double Margin = 0.25;
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    private readonly IReadOnlyList<Name> _names;

    private PersonaFinder(IReadOnlyList<Name> names) => _names = names;

    /// <summary>The vocabulary shipped with SegmentAI.</summary>
    public static PersonaFinder Shipped { get; } = Parse(Resource, ReadResource());

    /// <summary>Reads a vocabulary; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static PersonaFinder Parse(string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues) ?? throw new ConfigurationException(issues);
        var names = new List<Name>();
        foreach (var map in root.Maps("names", required: true))
        {
            var words = map.Strings("words", required: true, nonEmpty: true, listOnly: true);
            var traits = new List<TraitSpec>();
            foreach (var trait in map.Maps("traits", required: true))
            {
                var feature = trait.String("feature");
                var step = trait.String("step");
                var direction = trait.String("direction", required: true);
                trait.RejectUnknownKeys();
                if ((feature is null) == (step is null))
                {
                    trait.Error("feature", "a trait names exactly one of feature or step");
                }
                else if (direction is not ("high" or "low"))
                {
                    trait.Error("direction", $"must be high or low (got '{direction}')");
                }
                else
                {
                    traits.Add(new TraitSpec(feature, step, direction == "high"));
                }
            }

            map.RejectUnknownKeys();
            if (words.Count > 0 && traits.Count > 0)
            {
                names.Add(new Name(words.Select(w => w.ToLowerInvariant()).ToList(), traits));
            }
        }

        root.RejectUnknownKeys();
        return issues.Count > 0 ? throw new ConfigurationException(issues) : new PersonaFinder(names);
    }

    /// <summary>
    /// The persona <paramref name="words"/> mean (an index into <paramref name="personas"/>), or null; with null,
    /// <c>Named</c> says whether the words named traits at all (then more than one persona fits them).
    /// </summary>
    public (int? Persona, bool Named) Find(string words, IReadOnlyList<PersonaProfile> personas)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(personas);
        var said = words.ToLowerInvariant();
        if (Ordinal(said) is { } ordinal)
        {
            return ordinal < personas.Count ? (ordinal, true) : (null, false);
        }

        var exact = personas.Select((p, i) => (p, i)).Where(x => said.Contains(x.p.Name.ToLowerInvariant(), StringComparison.Ordinal)).ToList();
        if (exact.Count == 1)
        {
            return (exact[0].i, true);
        }

        var tokens = Word().Matches(said).Select(m => m.Value).ToList();
        var specs = _names.Where(n => n.Words.Any(w => Mentions(said, w))).SelectMany(n => n.Traits)
            .Concat(tokens.Where(t => t.Length >= 4).Select(t => new TraitSpec(null, t, High: true) { FromStem = true }))
            .ToList();
        var scores = personas.Select(p => specs.Select(s => s.Score(p)).Where(s => s is not null).Sum(s => s!.Value)).ToList();
        var matched = specs.Any(s => personas.Any(p => s.Score(p) is not null));
        if (!matched)
        {
            return (null, false);
        }

        var ranked = scores.Select((s, i) => (Score: s, Index: i)).OrderByDescending(x => x.Score).ToList();
        var clear = ranked[0].Score >= Enough && (ranked.Count == 1 || ranked[0].Score - ranked[1].Score >= Margin);
        return clear ? (ranked[0].Index, true) : (null, true);
    }

    private static int? Ordinal(string said)
    {
        if (PersonaNumber().Match(said) is { Success: true } numbered)
        {
            return int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
        }

        var word = Ordinals.Select((o, i) => (o, i)).FirstOrDefault(x => Regex.IsMatch(said, $@"\b{x.o}\s+(?:persona|group|cluster)\b", RegexOptions.CultureInvariant));
        return word.o is null ? null : word.i;
    }

    private static bool Mentions(string said, string word) =>
        Regex.IsMatch(said, $@"(?<![\w-]){Regex.Escape(word)}(?![\w-])", RegexOptions.CultureInvariant);

    private static string ReadResource()
    {
        using var stream = typeof(PersonaFinder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(PersonaFinder).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:persona|group|cluster)\s*(?:#|no\.?|number)?\s*(?<n>[1-9])\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonaNumber();

    private sealed record Name(IReadOnlyList<string> Words, IReadOnlyList<TraitSpec> Traits);

    private sealed record TraitSpec(string? Feature, string? Step, bool High)
    {
        // A word taken from the message rather than the vocabulary matches an event by its stem only.
        public bool FromStem { get; init; }

        // The persona's standardized difference in the stated direction on the most distinctive matching feature;
        // null when no feature matches.
        public double? Score(PersonaProfile persona)
        {
            var matching = persona.Traits.Where(Matches).ToList();
            return matching.Count == 0 ? null : matching.Max(t => High ? t.Difference : -t.Difference);
        }

        private bool Matches(PersonaTrait trait)
        {
            if (Feature is not null)
            {
                return trait.Feature == Feature;
            }

            if (!trait.Feature.EndsWith(StepSuffix, StringComparison.Ordinal))
            {
                return false;
            }

            var events = trait.Feature[..^StepSuffix.Length].Split('_');
            return FromStem
                ? events.Any(e => e.Length >= 4 && SharedStem(e, Step!))
                : events.Any(e => e.Contains(Step!, StringComparison.Ordinal));
        }

        // "revisers" and "revise", "messages" and "message": the shorter word, less a final e, starts the longer.
        private static bool SharedStem(string a, string b)
        {
            var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
            var stem = shorter.Length > 4 && shorter.EndsWith('e') ? shorter[..^1] : shorter;
            return longer.StartsWith(stem, StringComparison.Ordinal);
        }
    }
}
