using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Perception;

/// <summary>Finds negation cues with the start of what they negate, and connectives.</summary>
internal static partial class CueReader
{
    public static List<NegationMention> Negations(string text, Func<int, int, bool> isTaken)
    {
        var found = new List<NegationMention>();
        foreach (Match match in Negation().Matches(text))
        {
            if (isTaken(match.Index, match.Index + match.Length))
            {
                continue;
            }

            var scope = match.Index + match.Length;
            while (scope < text.Length && char.IsWhiteSpace(text[scope]))
            {
                scope++;
            }

            found.Add(new NegationMention(match.Index, match.Length, match.Value, scope));
        }

        return found;
    }

    public static List<ConnectiveMention> Connectives(string text, Func<int, int, bool> isTaken)
    {
        var found = new List<ConnectiveMention>();
        foreach (Match match in ConnectiveWord().Matches(text))
        {
            if (isTaken(match.Index, match.Index + match.Length))
            {
                continue;
            }

            var kind = match.Value.ToLowerInvariant() switch
            {
                "or" => Connective.Or,
                "but" => Connective.But,
                _ => Connective.And,
            };
            found.Add(new ConnectiveMention(match.Index, match.Length, match.Value, kind));
        }

        return found;
    }

    // "no more than" and "not less than" are comparisons, not negations.
    [GeneratedRegex(
        @"\b(?:but\s+not|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|exclud(?:e|es|ed|ing)|without|none\s+of|no\s+longer|"
        + @"(?:who\s+)?(?:have\s+not|has\s+not|had\s+not|did\s+not|do\s+not|does\s+not|haven'?t|hasn'?t|hadn'?t|didn'?t|don'?t|doesn'?t|"
        + @"won'?t|aren'?t|isn'?t|wasn'?t|weren'?t|never)|neither|nor|not(?!\s+(?:more|less|fewer)\s+than)|no(?!\s+(?:more|less|fewer)\s+than))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:as\s+well\s+as|along\s+with|together\s+with|and|or|but|plus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectiveWord();
}
