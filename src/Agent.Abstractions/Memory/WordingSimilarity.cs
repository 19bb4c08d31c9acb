using System.Globalization;
using System.Text;

namespace SegmentAI.Skills.Memory;

/// <summary>
/// How alike two requests are worded: the mean of word overlap (Dice over content words, plural "s" folded) and
/// character-trigram overlap, so "high value fall shoppers" resembles "high-value shoppers in the fall" and
/// small spelling differences still count. Every pattern store ranks with this one function.
/// </summary>
public static class WordingSimilarity
{
    /// <summary>Least similarity worth suggesting a past segment for.</summary>
    public const double SuggestionThreshold = 0.45;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "who", "that", "which", "me", "my", "our",
        "all", "any", "show", "find", "get", "give", "list", "build", "create", "make", "segment", "audience", "people",
        "customers", "users", "i", "want", "need", "please", "last", "past", "is", "are", "were", "have", "has", "had",
    };

    /// <summary>Similarity of two requests, 0–1.</summary>
    public static double Of(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (wordsA, textA) = Normalize(first);
        var (wordsB, textB) = Normalize(second);
        if (wordsA.Count == 0 || wordsB.Count == 0)
        {
            return 0;
        }

        return (Dice(wordsA, wordsB) + Dice(Trigrams(textA), Trigrams(textB))) / 2;
    }

    private static (HashSet<string> Words, string Text) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '$' ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .ToList();
        return (words.ToHashSet(StringComparer.Ordinal), string.Join(' ', words));
    }

    private static HashSet<string> Trigrams(string text)
    {
        var padded = string.Create(CultureInfo.InvariantCulture, $" {text} ");
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
