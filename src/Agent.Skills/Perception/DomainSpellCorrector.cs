using System.Text;
using System.Text.RegularExpressions;
using FuzzySharp;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Corrects misspelled domain words against a tenant's lexicon ("dipers" → "diapers", "baby fod" → "baby food")
/// and leaves everything else alone. A word is only a candidate when it is at least
/// <see cref="MinimumWordLength"/> letters, not an everyday or segmentation word, not itself a lexicon word and
/// not an inflection of one; a correction must keep the first letter, score at least <see cref="MinimumScore"/>
/// and be the single best candidate — ties are left uncorrected rather than guessed.
/// </summary>
internal sealed partial class DomainSpellCorrector
{
    /// <summary>Default lowest similarity (0–100) a correction needs.</summary>
    public const int DefaultMinimumScore = 85;

    /// <summary>Default shortest word that is corrected on its own.</summary>
    public const int DefaultMinimumWordLength = 4;

    // Inside a multi-word term a short word may be fixed ("fod" in "baby fod") because the other words anchor it.
    private const int MinimumAnchoredWordLength = 3;
    private const int MinimumAnchoredWordScore = 75;

    private static readonly string[] Suffixes = ["'s", "ies", "es", "s", "ed", "ing", "ers", "er", "ly"];

    /// <summary>Creates a corrector.</summary>
    /// <param name="minimumScore">Lowest FuzzySharp ratio (0–100) a correction needs.</param>
    /// <param name="minimumWordLength">Shortest word corrected on its own.</param>
    public DomainSpellCorrector(int minimumScore = DefaultMinimumScore, int minimumWordLength = DefaultMinimumWordLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumScore, 50);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumScore, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumWordLength, 2);
        MinimumScore = minimumScore;
        MinimumWordLength = minimumWordLength;
    }

    /// <summary>Lowest similarity (0–100) a correction needs.</summary>
    public int MinimumScore { get; }

    /// <summary>Shortest word corrected on its own.</summary>
    public int MinimumWordLength { get; }

    /// <summary>Everyday phrases read as the catalog words they mean.</summary>
    internal EverydayPhrases Phrases { get; init; } = EverydayPhrases.Default;

    /// <summary>Corrects the domain words of <paramref name="text"/>.</summary>
    public SpellCheckedText Correct(string text, TenantLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = WordTokenizer.Tokenize(text);
        var termSpans = ExactTermSpans(tokens, lexicon);
        var exact = new bool[tokens.Count];
        foreach (var (first, count) in termSpans)
        {
            Array.Fill(exact, true, first, count);
        }

        var named = new bool[tokens.Count];
        ProtectNames(text, tokens, named);
        for (var i = 0; i < tokens.Count; i++)
        {
            exact[i] |= named[i];
        }
        var found = new List<(int First, int Count, string Term, int Score)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (named[i])
            {
                continue;
            }

            // "patio furniture" is one everyday phrase before "furniture" is a catalog word; "put in cart" stays the catalog's.
            if (Phrases.ReadAt(tokens, i, lexicon) is { } everyday && !named.AsSpan(i, everyday.Count).Contains(true)
                && !termSpans.Any(t => t.First < i + everyday.Count && i < t.First + t.Count && (t.First < i || t.First + t.Count > i + everyday.Count)))
            {
                found.Add((i, everyday.Count, everyday.Reading, 100));
                i += everyday.Count - 1;
                continue;
            }

            if (exact[i])
            {
                continue;
            }

            if (AmericanSpelling(tokens[i].Text, lexicon) is { } american)
            {
                found.Add((i, 1, american, 100));
                continue;
            }

            if (BestPhrase(tokens, i, exact, lexicon) is { } phrase)
            {
                found.Add(phrase);
                i += phrase.Count - 1;
                continue;
            }

            if (IsCorrectable(tokens[i].Text, lexicon, MinimumWordLength) && BestWord(tokens[i].Text, lexicon) is { } word)
            {
                found.Add((i, 1, word.Term, word.Score));
            }
        }

        return Apply(text, tokens, found, lexicon);
    }

    // A name the user gives ("save it as Serial revisers", "rename X to Y", anything quoted) is theirs to spell.
    private static void ProtectNames(string text, List<WordToken> tokens, bool[] covered)
    {
        foreach (var match in NamedSpans().EnumerateMatches(text))
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                covered[i] |= tokens[i].Start >= match.Index && tokens[i].Start < match.Index + match.Length;
            }
        }
    }

    [GeneratedRegex("""(?<=\b(?:save|store|keep)\s+(?:it|this|that|the segment|the draft|this segment)\s+(?:as|named|called|under the name)\s).+$|(?<=\b(?:call|name)\s+(?:it|this|that|the segment)\s).+$|(?<=\brename\b.+?\s(?:to|as)\s).+$|"[^"]*"|“[^”]*”|(?<![A-Za-z])'[^']+'(?![A-Za-z])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedSpans();

    // The longest catalog term at each position, left to right, as (first token, token count).
    private static List<(int First, int Count)> ExactTermSpans(List<WordToken> tokens, TenantLexicon lexicon)
    {
        var spans = new List<(int First, int Count)>();
        for (var first = 0; first < tokens.Count; first++)
        {
            for (var count = Math.Min(lexicon.LongestTermWords, tokens.Count - first); count >= 1; count--)
            {
                if (lexicon.LookupKey(WordTokenizer.Key(tokens, first, count), WordTokenizer.Key(tokens, first, count, lowerCase: false)).Count > 0)
                {
                    spans.Add((first, count));
                    break;
                }
            }
        }

        return spans;
    }

    // "licence holders" against a catalog that says "License": the same word in the catalog's spelling.
    private static string? AmericanSpelling(string word, TenantLexicon lexicon)
    {
        var lower = word.ToLowerInvariant();
        // Short words are left alone: "four" is not a British "for".
        return lexicon.ContainsWord(lower) || !word.All(char.IsLetter) || word.Length < 5
            ? null
            : BritishSpelling.AmericanForms(lower).FirstOrDefault(a => a.Length >= 5 && !EverydayWords.Contains(a) && (lexicon.ContainsWord(a) || IsInflectionOfKnownWord(a, lexicon)));
    }

    private static bool IsCorrectable(string word, TenantLexicon lexicon, int minimumLength) =>
        word.Length >= minimumLength
        && word.All(char.IsLetter)
        && !EverydayWords.Contains(word)
        && !EnglishWords.Contains(word)
        && !lexicon.ContainsWord(word)
        && !IsInflectionOfKnownWord(word, lexicon);

    private static bool IsInflectionOfKnownWord(string word, TenantLexicon lexicon)
    {
        var stem = Stem(word);
        return (stem != word.ToLowerInvariant() && (lexicon.ContainsWord(stem) || EverydayWords.Contains(stem)))
            || lexicon.ContainsWord(stem + "s") || lexicon.ContainsWord(stem + "e");
    }

    private static string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var suffix in Suffixes)
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix == "ies" ? lower[..^3] + "y" : lower[..^suffix.Length];
            }
        }

        return lower;
    }

    private (string Term, int Score)? BestWord(string word, TenantLexicon lexicon)
    {
        var lower = word.ToLowerInvariant();
        var scored = lexicon.Words
            .Where(w => w.Length >= MinimumWordLength && w[0] == lower[0] && Math.Abs(w.Length - lower.Length) <= 2 && w.All(char.IsLetter))
            .Where(w => Stem(w) != Stem(lower))
            .Select(w => (Term: w, Score: Fuzz.Ratio(lower, w)))
            .Where(c => c.Score >= MinimumScore)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        if (scored.Count == 0 || (scored.Count == 2 && scored[1].Score == scored[0].Score))
        {
            return null;
        }

        return scored[0];
    }

    /// <summary>The best multi-word term over a window that contains token <paramref name="index"/> as its first fixable word.</summary>
    private (int First, int Count, string Term, int Score)? BestPhrase(List<WordToken> tokens, int index, bool[] exact, TenantLexicon lexicon)
    {
        (int First, int Count, string Term, int Score)? best = null;
        var tie = false;
        var longest = Math.Min(lexicon.LongestTermWords, tokens.Count);
        for (var count = longest; count >= 2; count--)
        {
            for (var first = Math.Max(0, index - count + 1); first <= index && first + count <= tokens.Count; first++)
            {
                var window = tokens.GetRange(first, count).Select(t => t.Text.ToLowerInvariant()).ToArray();
                if (!HasFixableWordAt(window, first, index, exact, lexicon))
                {
                    continue;
                }

                var key = string.Join(' ', window);
                foreach (var term in lexicon.Terms)
                {
                    var score = PhraseScore(window, key, term, first, exact, lexicon);
                    if (score < MinimumScore)
                    {
                        continue;
                    }

                    if (best is null || score > best.Value.Score)
                    {
                        best = (first, count, term, score);
                        tie = false;
                    }
                    else if (score == best.Value.Score && term != best.Value.Term)
                    {
                        tie = true;
                    }
                }
            }

            if (best is not null)
            {
                break;
            }
        }

        return tie ? null : best;
    }

    private static bool HasFixableWordAt(string[] window, int first, int index, bool[] exact, TenantLexicon lexicon)
    {
        // The window's first unmatched word must be the current token so each misspelling is considered once.
        for (var i = 0; i < window.Length; i++)
        {
            if (!exact[first + i] && IsCorrectable(window[i], lexicon, MinimumAnchoredWordLength))
            {
                return first + i == index;
            }
        }

        return false;
    }

    private static int PhraseScore(string[] window, string key, string term, int first, bool[] exact, TenantLexicon lexicon)
    {
        var termWords = term.Split(' ');
        if (termWords.Length != window.Length || Math.Abs(term.Length - key.Length) > 3)
        {
            return 0;
        }

        var anchored = false;
        for (var i = 0; i < window.Length; i++)
        {
            if (window[i] == termWords[i])
            {
                anchored = true;
                continue;
            }

            var fixable = !exact[first + i] && IsCorrectable(window[i], lexicon, MinimumAnchoredWordLength);
            if (!fixable || window[i][0] != termWords[i][0] || Fuzz.Ratio(window[i], termWords[i]) < MinimumAnchoredWordScore)
            {
                return 0;
            }
        }

        return anchored ? Fuzz.Ratio(key, term) : 0;
    }

    private static SpellCheckedText Apply(string text, List<WordToken> tokens, List<(int First, int Count, string Term, int Score)> found, TenantLexicon lexicon)
    {
        if (found.Count == 0)
        {
            return new SpellCheckedText(text, []);
        }

        var builder = new StringBuilder(text.Length + 16);
        var corrections = new List<SpellCorrection>();
        var position = 0;
        foreach (var (first, count, term, score) in found)
        {
            var start = tokens[first].Start;
            var end = tokens[first + count - 1].End;
            var original = text[start..end];
            var corrected = MatchCase(original, term);
            builder.Append(text, position, start - position);
            var correctedStart = builder.Length;
            builder.Append(corrected);
            position = end;
            var label = lexicon.Lookup(term) is { Count: > 0 } meanings ? meanings[0].Label : corrected;
            corrections.Add(new SpellCorrection(original, corrected, label, score / 100.0, start, end - start, correctedStart));
        }

        builder.Append(text, position, text.Length - position);
        return new SpellCheckedText(builder.ToString(), corrections);
    }

    private static string MatchCase(string original, string term)
    {
        if (original.Any(char.IsLetter) && original.Where(char.IsLetter).All(char.IsUpper))
        {
            return term.ToUpperInvariant();
        }

        return char.IsUpper(original[0]) ? char.ToUpperInvariant(term[0]) + term[1..] : term;
    }
}
