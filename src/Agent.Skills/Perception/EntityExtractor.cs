using System.Runtime.CompilerServices;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Extracts, with character spans, what a spell-corrected request mentions: dates (tenant calendar), numbers,
/// money with its comparison, frequencies, negations, connectives and catalog terms.
/// </summary>
public sealed class EntityExtractor
{
    // A singular/plural variant of a term ("vitamin" for "vitamins") is a near-certain but not exact match.
    private const double InflectedScore = 0.9;

    private static readonly ConditionalWeakTable<Tenant, DateExpressionResolver> Resolvers = [];

    /// <summary>Extracts the entities of <paramref name="text"/> for <paramref name="tenant"/>.</summary>
    /// <param name="text">Normalized, spell-corrected text.</param>
    /// <param name="tenant">The tenant whose calendar and catalog apply.</param>
    /// <param name="asOf">The date relative dates are resolved against.</param>
    /// <param name="corrections">Corrections that produced <paramref name="text"/>; terms in corrected words score lower.</param>
    public ExtractedEntities Extract(string text, Tenant tenant, DateOnly asOf, IReadOnlyList<SpellCorrection>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tenant);
        var resolver = Resolvers.GetValue(tenant, t => new DateExpressionResolver(t.Config.Dates.Calendar));
        var dates = resolver.FindAll(text, asOf);
        var facets = FindTerms(text, TenantLexicon.For(tenant), corrections ?? []);

        bool InDate(int start, int end) => dates.Any(d => Overlaps(d.Start, d.End, start, end));
        bool InTerm(int start, int end) => facets.Exists(f => Overlaps(f.Start, f.End, start, end));
        bool InsideTerm(int start, int end) => facets.Exists(f => start >= f.Start && end <= f.End);

        var frequencies = FrequencyReader.Read(text, (s, e) => InDate(s, e) || InsideTerm(s, e));
        bool InFrequency(int start, int end) => frequencies.Exists(f => Overlaps(f.Start, f.End, start, end));
        var (money, numbers) = AmountReader.Read(text, (s, e) => InDate(s, e) || InFrequency(s, e));
        numbers = numbers.FindAll(n => !InTerm(n.Start, n.End));
        bool InRange(int start, int end) =>
            money.Concat(numbers).Any(q => q.UpperValue is not null && Overlaps(q.Start, q.End, start, end));

        var negations = CueReader.Negations(text, InsideTerm);
        var connectives = CueReader.Connectives(text, (s, e) => InsideTerm(s, e) || InDate(s, e) || InRange(s, e));
        return new ExtractedEntities(dates, numbers, money, frequencies, negations, connectives, facets);
    }

    private static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;

    private static List<FacetMention> FindTerms(string text, TenantLexicon lexicon, IReadOnlyList<SpellCorrection> corrections)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var found = new List<FacetMention>();
        for (var first = 0; first < tokens.Count; first++)
        {
            for (var count = Math.Min(lexicon.LongestTermWords, tokens.Count - first); count >= 1; count--)
            {
                var (meanings, score) = Match(tokens, first, count, lexicon);
                if (meanings.Count == 0)
                {
                    continue;
                }

                var start = tokens[first].Start;
                var end = tokens[first + count - 1].End;
                foreach (var correction in corrections.Where(c => Overlaps(c.CorrectedStart, c.CorrectedEnd, start, end)))
                {
                    score = Math.Min(score, correction.Score);
                }

                found.Add(new FacetMention(start, end - start, text[start..end], meanings, score));
                first += count - 1;
                break;
            }
        }

        return found;
    }

    private static (IReadOnlyList<LexiconEntry> Meanings, double Score) Match(List<WordToken> tokens, int first, int count, TenantLexicon lexicon)
    {
        var key = WordTokenizer.Key(tokens, first, count);
        var exact = lexicon.LookupKey(key, WordTokenizer.Key(tokens, first, count, lowerCase: false));
        if (exact.Count > 0)
        {
            return (exact, 1.0);
        }

        var last = tokens[first + count - 1].Text.ToLowerInvariant();
        if (last.Length < 3 || !last.All(char.IsLetter) || EverydayWords.Contains(last) && count == 1)
        {
            return ([], 0);
        }

        var stem = key[..^last.Length];
        foreach (var variant in Inflections(last))
        {
            var meanings = lexicon.LookupKey(stem + variant, "");
            if (meanings.Count > 0)
            {
                return (meanings, InflectedScore);
            }
        }

        return ([], 0);
    }

    private static IEnumerable<string> Inflections(string word)
    {
        yield return word + "s";
        yield return word + "es";
        if (word.EndsWith('s'))
        {
            yield return word[..^1];
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith('y'))
        {
            yield return word[..^1] + "ies";
        }
    }
}
