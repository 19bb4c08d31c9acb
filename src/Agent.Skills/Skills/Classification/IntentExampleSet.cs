using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Skills.Classification;

/// <summary>
/// Examples and trigger patterns for intents no skill serves (answers, confirmations, feedback, out-of-scope
/// requests), read from <c>skills/intent_examples.yaml</c>: <c>intents: {answer: {triggers: [...], examples: [...]}}</c>.
/// </summary>
/// <param name="Examples">Labelled utterances.</param>
/// <param name="Triggers">Patterns that decide an intent outright.</param>
internal sealed record IntentExampleSet(IReadOnlyList<IntentExample> Examples, IReadOnlyList<SkillTrigger> Triggers)
{
    /// <summary>File name inside the skills folder.</summary>
    public const string FileName = "intent_examples.yaml";

    /// <summary>No extra examples or triggers.</summary>
    public static IntentExampleSet Empty { get; } = new([], []);

    /// <summary>Reads the file; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static IntentExampleSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(new ConfigurationIssue(path, 0, 0, "", "file is missing"));
        }

        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses the text of the file; <paramref name="file"/> is used in messages.</summary>
    public static IntentExampleSet Parse(string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues) ?? throw new ConfigurationException(issues);
        var examples = new List<IntentExample>();
        var triggers = new List<SkillTrigger>();
        foreach (var (name, map) in root.NamedMaps("intents", required: true))
        {
            // These are the engine's own intents (answers, confirmations, feedback); a skill's come with its YAML.
            if (!Intent.TryParse(name, out var intent) || !Intent.BuiltIn.Contains(intent))
            {
                map.Error($"'{name}' is not an intent; use one of {string.Join(", ", Intent.BuiltIn)}");
                continue;
            }

            foreach (var pattern in map.Strings("triggers"))
            {
                if (SkillTrigger.TryCreate(pattern, intent, out var error) is { } trigger)
                {
                    triggers.Add(trigger);
                }
                else
                {
                    map.Error("triggers", $"'{pattern}' {error}");
                }
            }

            examples.AddRange(map.Strings("examples").Select(text => new IntentExample(text, intent)));
            map.RejectUnknownKeys();
        }

        root.RejectUnknownKeys();
        if (issues.Count > 0)
        {
            throw new ConfigurationException(issues);
        }

        return new IntentExampleSet(examples, triggers);
    }
}
