using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Splits text into words the same way for catalog terms and messages, so a term's key ("home &amp; kitchen",
/// "st louis", "d.c") matches the words of a message whatever the spacing or trailing punctuation.
/// </summary>
internal static partial class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match match in Word().Matches(text))
        {
            tokens.Add(new WordToken(match.Index, match.Length, match.Value));
        }

        return tokens;
    }

    /// <summary>The lookup key of a phrase: its words, lower-cased, joined by single spaces.</summary>
    public static string Key(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Text.ToLowerInvariant()));

    /// <summary>The key of <paramref name="count"/> tokens starting at <paramref name="first"/>.</summary>
    public static string Key(IReadOnlyList<WordToken> tokens, int first, int count, bool lowerCase = true)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = lowerCase ? tokens[first + i].Text.ToLowerInvariant() : tokens[first + i].Text;
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.'\-][\p{L}\p{N}]+)*\+?|&")]
    private static partial Regex Word();
}
