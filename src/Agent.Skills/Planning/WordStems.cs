using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Planning;

/// <summary>A crude English stemmer, enough to see that "clicked", "clicks" and "click" are one word.</summary>
internal static partial class WordStems
{
    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word) =>
        word switch
        {
            "anything" or "anyone" or "anybody" => "any",
            "done" or "did" or "does" or "doing" => "do",
            "bought" or "buys" or "buying" => "buy",
            "spent" or "spends" or "spending" => "spend",
            "sent" or "sends" or "sending" => "send",
            "paid" or "pays" or "paying" => "pay",
            "people" or "persons" => "person",
            "aged" or "ages" => "age",
            _ when word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
            _ when word.Length > 6 && word.EndsWith("ings", StringComparison.Ordinal) => word[..^4],
            _ when word.Length > 4 && word.EndsWith("ied", StringComparison.Ordinal) => word[..^3] + "y",
            _ when word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) => word[..^2].TrimEnd('e'),
            _ when word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
            _ when word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => WithoutSilentE(word[..^1]),
            _ => WithoutSilentE(word),
        };

    // "message" and "messages" share a stem; "employee" keeps its "ee" so that "employees" meets it.
    private static string WithoutSilentE(string word) =>
        word.Length > 3 && word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>The words of <paramref name="text"/> (letters only, lower case) with their positions.</summary>
    public static IEnumerable<(string Word, int Start, int Length)> Words(string text) =>
        Word().Matches(text).Select(m => (m.Value.ToLowerInvariant(), m.Index, m.Length));

    /// <summary>The stems of every word of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text) => Words(text).Select(w => Stem(w.Word)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
