using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Perception;

/// <summary>The comparison words written before amounts and counts, and the numbers written as words.</summary>
internal static partial class ComparisonWords
{
    /// <summary>Regex alternation of comparison phrases, longest first.</summary>
    public const string Pattern =
        @"no\s+more\s+th[ae]n|not\s+more\s+th[ae]n|no\s+less\s+th[ae]n|no\s+fewer\s+th[ae]n|not\s+less\s+th[ae]n|more\s+th[ae]n|greater\s+th[ae]n|"
        + @"higher\s+th[ae]n|bigger\s+th[ae]n|larger\s+th[ae]n|less\s+th[ae]n|fewer\s+th[ae]n|lower\s+th[ae]n|smaller\s+th[ae]n|at\s+least|at\s+most|"
        + @"a\s+minimum\s+of|a\s+maximum\s+of|minimum\s+of|maximum\s+of|in\s+excess\s+of|upwards\s+of|up\s+to|equal\s+to|exactly|over|above|"
        + @"exceeding|under|below|only|min|max";

    /// <summary>Regex of a number written in words: "three", "a dozen", "two hundred", "twenty-five", "fifteen million".</summary>
    public const string NumberWordPattern =
        @"(?:a\s+(?=(?:hundred|thousand|million|dozen)\b))?" + NumberWord
        + @"(?:(?:\s+|-|(?<=(?:hundred|thousand|million|billion))\s+and\s+(?![a-z-]+\s+(?:hundred|thousand|million|billion)\b))" + NumberWord + ")*";

    private const string NumberWord =
        @"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        + @"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b";

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12, ["a dozen"] = 12, ["once"] = 1, ["twice"] = 2, ["thrice"] = 3,
        ["a couple of"] = 2, ["a couple"] = 2,
    };

    /// <summary>
    /// <paramref name="text"/> with counts written as words in digits ("make it sixty days" → "make it 60 days",
    /// "twenty-five" → "25"); "one", "once" and "twice" stay words, since they are more often not counts, and so does a
    /// number with a multiplier ("five hundred"), which the amount reader takes whole.
    /// </summary>
    public static string WithDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SpelledNumber().Replace(text, m =>
        {
            var tens = NumberWords[m.Groups["first"].Value];
            return m.Groups["unit"].Success ? (tens + NumberWords[m.Groups["unit"].Value]).ToString(CultureInfo.InvariantCulture)
                : tens.ToString(CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"\b(?:(?<first>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?<unit>one|two|three|four|five|six|seven|eight|nine))?|(?<first>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b(?![\s-]+(?:hundred|thousand|million|billion|grand|k)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledNumber();

    /// <summary>True for a number written as a word ("three", "dozen", "twice").</summary>
    public static bool IsNumberWord(string word) => NumberWords.ContainsKey(word);

    /// <summary>The operator a comparison phrase stands for, or null for none.</summary>
    public static ConditionOperator? Operator(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        // "more then 2" is a common slip for "more than 2".
        var words = string.Join(' ', phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w == "then" ? "than" : w));
        return words switch
        {
            "no more than" or "not more than" or "at most" or "up to" or "a maximum of" or "maximum of" or "max" => ConditionOperator.Lte,
            "no less than" or "no fewer than" or "not less than" or "at least" or "a minimum of" or "minimum of" or "min" => ConditionOperator.Gte,
            "less than" or "fewer than" or "lower than" or "smaller than" or "under" or "below" => ConditionOperator.Lt,
            "exactly" or "equal to" or "only" => ConditionOperator.Eq,
            "between" => ConditionOperator.Between,
            _ => ConditionOperator.Gt,
        };
    }

    /// <summary>The operator of a suffix such as "or more" / "+" / "or less", or null.</summary>
    public static ConditionOperator? SuffixOperator(string? suffix)
    {
        var words = suffix?.Trim().ToLowerInvariant() ?? "";
        return words switch
        {
            "" => null,
            "-time" => ConditionOperator.Eq,
            "+" or "or more" or "or above" or "or over" or "and up" or "and above" or "or higher" or "or older" or "and older" or "and over" => ConditionOperator.Gte,
            _ => ConditionOperator.Lte,
        };
    }

    // "two hundred" = 200, "twenty-five" = 25, "fifteen million" = 15,000,000, "a dozen" = 12.
    private static decimal? FromWords(string text)
    {
        decimal total = 0, current = 0;
        var any = false;
        var words = text.ToLowerInvariant().Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var scale = words[i] switch { "dozen" => 12m, "hundred" => 100m, "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m, _ => 0m };
            if ((words[i] == "a" && i == 0) || (words[i] == "and" && i > 0))
            {
                continue;
            }

            if (scale is 12m or 100m)
            {
                current = (current == 0 ? 1 : current) * scale;
            }
            else if (scale > 0)
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            }
            else if (NumberWords.TryGetValue(words[i], out var unit) && unit < 100)
            {
                current += unit;
            }
            else
            {
                return null;
            }

            any = true;
        }

        return any ? total + current : null;
    }

    /// <summary>Parses "3", "1.5k", "20,000", "2m", "three" or "two hundred".</summary>
    public static decimal? Number(string digitsOrWord, string? multiplier = null)
    {
        var text = digitsOrWord.Trim();
        decimal value;
        if (NumberWords.TryGetValue(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), out var word))
        {
            value = word;
        }
        else if (FromWords(text) is { } spelled)
        {
            value = spelled;
        }
        else if (!decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }

        return (multiplier?.Trim().ToLowerInvariant()) switch
        {
            "k" or "thousand" => value * 1_000m,
            "m" or "mm" or "million" => value * 1_000_000m,
            "bn" or "billion" => value * 1_000_000_000m,
            _ => value,
        };
    }
}
