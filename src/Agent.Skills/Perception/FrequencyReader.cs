using System.Text.RegularExpressions;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Reads frequency phrases into <see cref="Frequency"/>: "at least twice a week" (at least 2 per week),
/// "3 times in the last 90 days" (3 over the window), "weekly", "every other week", "daily" (7 per week).
/// </summary>
/// <remarks>
/// A strict comparison on a count over the window becomes an inclusive one ("more than 5 times" is at least 6,
/// "fewer than 3 times" at most 2). On a rate it keeps the rate ("more than once a week" is at least once a week),
/// since a rate has no next whole number. "N times a year" is a count over the window; the year is the window.
/// </remarks>
internal static partial class FrequencyReader
{
    public static List<FrequencyMention> Read(string text, Func<int, int, bool> isTaken)
    {
        var found = new List<FrequencyMention>();
        foreach (Match match in Counted().Matches(text))
        {
            // "between 50 and 150 times", "3 to 8 times": the upper end of a count range, which the amount reader reads whole.
            if (!match.Groups["per"].Success && RangeLead().IsMatch(text.AsSpan(0, match.Index)))
            {
                continue;
            }

            if (!isTaken(match.Index, match.Index + match.Length) && FromCount(match) is { } frequency)
            {
                found.Add(new FrequencyMention(match.Index, match.Length, match.Value, frequency with { Expression = match.Value }));
            }
        }

        foreach (Match match in Regular().Matches(text))
        {
            if (!isTaken(match.Index, match.Index + match.Length)
                && found.TrueForAll(f => match.Index >= f.End || match.Index + match.Length <= f.Start)
                && FromRegular(match) is { } frequency)
            {
                found.Add(new FrequencyMention(match.Index, match.Length, match.Value, frequency with { Expression = match.Value }));
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    private static Frequency? FromCount(Match match)
    {
        var countText = match.Groups["word"].Success ? match.Groups["word"].Value : match.Groups["count"].Value;
        if (ComparisonWords.Number(countText) is not { } count || count <= 0)
        {
            return null;
        }

        var per = match.Groups["per"].Value.ToLowerInvariant();
        var (rate, period) = per switch
        {
            "day" => ((double)count * 7, FrequencyPeriod.Week),
            "week" => ((double)count, FrequencyPeriod.Week),
            "month" => ((double)count, FrequencyPeriod.Month),
            _ => ((double)count, FrequencyPeriod.Window),
        };

        var op = ComparisonWords.SuffixOperator(match.Groups["suffix"].Value) ?? ComparisonWords.Operator(match.Groups["cmp"].Value);
        var isCount = period == FrequencyPeriod.Window;
        return op switch
        {
            ConditionOperator.Gt => new Frequency { Comparison = FrequencyComparison.AtLeast, Count = isCount ? rate + 1 : rate, Per = period },
            ConditionOperator.Lt => isCount && rate <= 1 ? null
                : new Frequency { Comparison = FrequencyComparison.AtMost, Count = isCount ? rate - 1 : rate, Per = period },
            ConditionOperator.Lte => new Frequency { Comparison = FrequencyComparison.AtMost, Count = rate, Per = period },
            ConditionOperator.Eq => new Frequency { Comparison = FrequencyComparison.Exactly, Count = rate, Per = period },
            _ => new Frequency { Comparison = FrequencyComparison.AtLeast, Count = rate, Per = period },
        };
    }

    private static Frequency? FromRegular(Match match)
    {
        var adverb = match.Groups["adverb"].Value.ToLowerInvariant();
        if (adverb.Length > 0)
        {
            return adverb switch
            {
                "daily" => new Frequency { Count = 7, Per = FrequencyPeriod.Week },
                "weekly" => new Frequency { Count = 1, Per = FrequencyPeriod.Week },
                "biweekly" or "bi-weekly" or "fortnightly" => new Frequency { Count = 0.5, Per = FrequencyPeriod.Week },
                _ => new Frequency { Count = 1, Per = FrequencyPeriod.Month },
            };
        }

        var every = match.Groups["every"].Value.ToLowerInvariant();
        double interval = every switch
        {
            "" => 1,
            "other" => 2,
            _ => (double)(ComparisonWords.Number(every) ?? 0),
        };
        if (interval <= 0)
        {
            return null;
        }

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => new Frequency { Count = 7 / interval, Per = FrequencyPeriod.Week },
            "week" => new Frequency { Count = 1 / interval, Per = FrequencyPeriod.Week },
            _ => new Frequency { Count = 1 / interval, Per = FrequencyPeriod.Month },
        };
    }

    [GeneratedRegex(
        @"(?:\b(?<cmp>" + ComparisonWords.Pattern + @")\s+)?(?:\b(?<word>once|twice|thrice)\b|(?<![\w.,])(?<count>\d+(?:\.\d+)?|"
        + ComparisonWords.NumberWordPattern + @"|a\s+couple\s+of|a\s+couple)(?<suffix>\+|\s+or\s+(?:more|less|fewer))?\s*(?:times?\b|x\b))"
        + @"(?<suffix>\s+or\s+(?:more|less|fewer)\b)?(?:\s+(?:a|an|per|each|every)\s+(?<per>day|week|month|year)\b)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex(
        @"\b(?:(?<adverb>daily|weekly|bi-?weekly|fortnightly|monthly)\b|(?:every|each)\s+(?:(?<every>other|\d+|two|three|four|six)\s+)?(?<unit>day|week|month)s?\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Regular();

    [GeneratedRegex(
        @"(?:\b(?:between|from)\s+(?:\d+|" + ComparisonWords.NumberWordPattern + @")\s*(?:and|to|-)|(?<![\w.,])(?:\d+|" + ComparisonWords.NumberWordPattern + @")\s+to)\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex RangeLead();
}
