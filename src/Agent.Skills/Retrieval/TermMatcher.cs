using FuzzySharp;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Matches catalog terms against a phrase token by token, in any order, with FuzzySharp's ratio to forgive
/// typos in words long enough to have them ("dipers", "electroncs"). Only words the catalog does not know are
/// read as typos: "engaged" is a word of its own, not a misspelt "emailed".
/// </summary>
internal static class TermMatcher
{
    // Below this a token pair is a different word, not a typo (ratio of "diper" and "diaper" is 91).
    private const int TypoRatio = 84;
    private const int MinTypoLength = 4;
    private const double PartialTermWeight = 0.4;

    public static TermMatch? Match(IReadOnlyList<string> phrase, CatalogTerm term, IReadOnlySet<string>? vocabulary)
    {
        var covered = new HashSet<int>();
        var total = 0.0;
        var found = 0;
        var typo = false;
        for (var t = 0; t < term.Tokens.Count; t++)
        {
            var token = term.Tokens[t];
            var (index, similarity) = Best(phrase, token, vocabulary);
            if (index < 0 && Closed(phrase, token) is { } pair)
            {
                // "card holders" for "cardholder": two of the phrase's words make one of the term's.
                covered.Add(pair + 1);
                (index, similarity) = (pair, 1.0);
            }
            else if (index < 0 && t + 1 < term.Tokens.Count && IndexOf(phrase, token + term.Tokens[t + 1]) is var joined and >= 0)
            {
                // "cardholders" for "card holder": one of the phrase's words makes two of the term's.
                found += 2;
                total += 2;
                covered.Add(joined);
                t++;
                continue;
            }

            if (index < 0)
            {
                continue;
            }

            found++;
            total += similarity;
            typo |= similarity < 1;
            covered.Add(index);
        }

        if (found == 0)
        {
            return null;
        }

        var complete = found == term.Tokens.Count;
        var recall = total / term.Tokens.Count;
        return new TermMatch(term, complete ? recall : PartialTermWeight * recall, complete, typo, covered);
    }

    private static int? Closed(IReadOnlyList<string> phrase, string token)
    {
        for (var i = 0; i + 1 < phrase.Count; i++)
        {
            if (token.Length == phrase[i].Length + phrase[i + 1].Length && token.StartsWith(phrase[i], StringComparison.Ordinal) && token.EndsWith(phrase[i + 1], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> phrase, string token)
    {
        for (var i = 0; i < phrase.Count; i++)
        {
            if (string.Equals(phrase[i], token, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="said"/> is <paramref name="known"/> mistyped ("bougth" for "bought", "grocerys").</summary>
    public static bool IsTypoOf(string said, string known) =>
        said.Length >= MinTypoLength && known.Length >= MinTypoLength && Math.Abs(said.Length - known.Length) <= 2
        && (Fuzz.Ratio(said, known) >= TypoRatio || (said.Length == known.Length && said.Order().SequenceEqual(known.Order())));

    private static (int Index, double Similarity) Best(IReadOnlyList<string> phrase, string token, IReadOnlySet<string>? vocabulary)
    {
        var best = (Index: -1, Similarity: 0.0);
        for (var i = 0; i < phrase.Count; i++)
        {
            if (string.Equals(phrase[i], token, StringComparison.Ordinal))
            {
                return (i, 1.0);
            }

            if (vocabulary is null || vocabulary.Contains(phrase[i]) || token.Length < MinTypoLength || phrase[i].Length < MinTypoLength)
            {
                continue;
            }

            var ratio = Fuzz.Ratio(phrase[i], token);
            if (ratio >= TypoRatio && ratio / 100.0 > best.Similarity)
            {
                best = (i, ratio / 100.0);
            }
        }

        return best;
    }
}
