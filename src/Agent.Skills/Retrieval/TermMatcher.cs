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
        foreach (var token in term.Tokens)
        {
            var (index, similarity) = Best(phrase, token, vocabulary);
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
