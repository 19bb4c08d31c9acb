using System.Collections.Frozen;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Everyday English for what catalogs name more formally ("telly" → "tvs", "said yes to" → "accepted", "found us on
/// google" → "organic"), read from everyday-phrases.txt. A catalog is written once, in its authors' words; users
/// write in theirs, and an embedding model only reaches so far. A phrase is read as the first of its readings whose
/// words the tenant's catalog knows, so a tenant without such a thing keeps the user's words (and is asked about
/// them); a phrase the catalog itself uses is never replaced.
/// </summary>
internal sealed class EverydayPhrases
{
    private const string Resource = "SegmentAI.Skills.Perception.everyday-phrases.txt";

    private static readonly Lazy<EverydayPhrases> Shared = new(() => Parse(ReadResource()));

    private readonly FrozenDictionary<string, string[]> _readings;

    private EverydayPhrases(Dictionary<string, string[]> readings)
    {
        _readings = readings.ToFrozenDictionary(StringComparer.Ordinal);
        LongestPhraseWords = readings.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
    }

    /// <summary>The phrases shipped with the product.</summary>
    public static EverydayPhrases Default => Shared.Value;

    /// <summary>Words in the longest phrase.</summary>
    public int LongestPhraseWords { get; }

    /// <summary>
    /// The longest phrase starting at token <paramref name="first"/> with a reading <paramref name="lexicon"/> knows,
    /// as the number of its words and the reading; null when there is none.
    /// </summary>
    public (int Count, string Reading)? ReadAt(IReadOnlyList<WordToken> tokens, int first, TenantLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lexicon);
        for (var count = Math.Min(LongestPhraseWords, tokens.Count - first); count >= 1; count--)
        {
            var key = WordTokenizer.Key(tokens, first, count);
            if (!_readings.TryGetValue(key, out var readings) || lexicon.IsTerm(key) || (count == 1 && lexicon.ContainsWord(key)))
            {
                continue;
            }

            if (readings.FirstOrDefault(r => Known(r, lexicon)) is { } reading)
            {
                return (count, reading);
            }
        }

        return null;
    }

    /// <summary>Parses the phrase file format (see everyday-phrases.txt).</summary>
    public static EverydayPhrases Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var readings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (line, number) in text.Split('\n').Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow <= 0)
            {
                throw new FormatException($"everyday phrases line {number}: expected 'phrase, phrase => reading | reading'");
            }

            var targets = line[(arrow + 2)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (targets.Length == 0)
            {
                throw new FormatException($"everyday phrases line {number}: no reading after '=>'");
            }

            foreach (var phrase in line[..arrow].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var key = WordTokenizer.Key(phrase);
                if (!readings.TryAdd(key, targets))
                {
                    throw new FormatException($"everyday phrases line {number}: '{phrase}' is listed twice");
                }
            }
        }

        return new EverydayPhrases(readings);
    }

    // Every word of the reading is the tenant's or everyday English, and at least one is the tenant's.
    private static bool Known(string reading, TenantLexicon lexicon)
    {
        var words = WordTokenizer.Key(reading).Split(' ');
        return words.All(w => lexicon.ContainsWord(w) || EverydayWords.Contains(w)) && words.Any(lexicon.ContainsWord);
    }

    private static string ReadResource()
    {
        using var stream = typeof(EverydayPhrases).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the assembly lacks its embedded resource {Resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
