using System.Text.RegularExpressions;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Perception;

/// <summary>Finds amounts of money ("over $200", "200 bucks", "$1.5k") and plain numbers ("at least 3", "three", "20,000").</summary>
internal static partial class AmountReader
{
    private const string Digits = @"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
    private const string Num = "(?:" + Digits + "|" + ComparisonWords.NumberWordPattern + ")";
    private const string Mult = @"(?:(?:k|mm|m|bn)\b|\s+(?:thousand|million|billion)\b)";
    // "the under 25s", "35 to 54s": a two-digit age said as the group of people that age.
    private const string AgePlural = @"(?<=(?<!\d)\d\d)s\b";

    // "spent more than 200 on pet supplies": a number said as what was spent is money without a currency sign.
    private const string SpentNumber = @"(?<=\bspen(?:t|d|ds|ding)\s+(?:(?:" + ComparisonWords.Pattern + @")\s+)?)(?<![\w.,$])(?<n>" + Digits + ")(?<mult>" + Mult + @")?(?![\w%]|[.,]\d|\s*(?:times?|orders?|items?|visits?|sessions?|hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b)";

    // "one-time buyers" bought exactly once.
    private const string Suffix = @"\s*\+|\s+or\s+(?:more|less|fewer|above|over|higher|under|below|older|younger)\b|\s+and\s+(?:up|above|over|older|younger)\b|-time(?=\s)";

    /// <summary>Reads money and numbers; spans for which <paramref name="isTaken"/> is true (dates, terms, frequencies) are skipped.</summary>
    public static (List<QuantityMention> Money, List<QuantityMention> Numbers) Read(string text, Func<int, int, bool> isTaken)
    {
        var money = new List<QuantityMention>();
        var numbers = new List<QuantityMention>();
        var claimed = new List<(int Start, int End)>();
        bool Free(Match m) => !isTaken(m.Index, m.Index + m.Length) && claimed.TrueForAll(c => m.Index >= c.End || m.Index + m.Length <= c.Start);

        foreach (Match match in Between().Matches(text))
        {
            if (!Free(match)
                || LowBound(match) is not { } low
                || ComparisonWords.Number(match.Groups["bn"].Value, match.Groups["bm"].Value) is not { } high)
            {
                continue;
            }

            var isMoney = match.Value.Contains('$', StringComparison.Ordinal) || CurrencyWord().IsMatch(match.Value);
            (isMoney ? money : numbers).Add(new QuantityMention(match.Index, match.Length, match.Value, low, ConditionOperator.Between, high));
            claimed.Add((match.Index, match.Index + match.Length));
        }

        // "at least 10 but no more than 20", "more than $50 and less than $150": two bounds of one quantity.
        foreach (Match match in Bounds().Matches(text))
        {
            var lowOp = ComparisonWords.Operator(match.Groups["lo"].Value);
            var highOp = ComparisonWords.Operator(match.Groups["hi"].Value);
            if (!Free(match)
                || LowBound(match) is not { } low
                || ComparisonWords.Number(match.Groups["bn"].Value, match.Groups["bm"].Value) is not { } high
                || TwoMeasures(text, match))
            {
                continue;
            }

            var isMoney = match.Value.Contains('$', StringComparison.Ordinal) || CurrencyWord().IsMatch(match.Value);

            // Between is inclusive: a strict bound moves by one count, or by one cent of money.
            var step = isMoney || low != decimal.Truncate(low) || high != decimal.Truncate(high) ? 0.01m : 1m;
            var from = lowOp == ConditionOperator.Gt ? low + step : low;
            var to = highOp == ConditionOperator.Lt ? high - step : high;
            if (from > to)
            {
                continue;
            }

            (isMoney ? money : numbers).Add(new QuantityMention(match.Index, match.Length, match.Value, from, ConditionOperator.Between, to));
            claimed.Add((match.Index, match.Index + match.Length));
        }

        // "3 to 8 logins", "three to six failed sign-ins", "$10M-$50M": a bare range, read after the worded ones.
        foreach (Match match in Span().Matches(text))
        {
            if (!Free(match)
                || LowBound(match) is not { } low
                || ComparisonWords.Number(match.Groups["bn"].Value, match.Groups["bm"].Value) is not { } high
                || low >= high)
            {
                continue;
            }

            var isMoney = match.Value.Contains('$', StringComparison.Ordinal) || CurrencyWord().IsMatch(match.Value);
            (isMoney ? money : numbers).Add(new QuantityMention(match.Index, match.Length, match.Value, low, ConditionOperator.Between, high));
            claimed.Add((match.Index, match.Index + match.Length));
        }

        foreach (Match match in MoneyAmount().Matches(text))
        {
            if (Free(match) && ComparisonWords.Number(match.Groups["n"].Value, match.Groups["mult"].Value) is { } value)
            {
                money.Add(Mention(match, value));
                claimed.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (Match match in PlainNumber().Matches(text))
        {
            if (Free(match) && ComparisonWords.Number(match.Groups["n"].Value, match.Groups["mult"].Value) is { } value)
            {
                numbers.Add(Mention(match, value));
            }
        }

        return ([.. money.OrderBy(m => m.Start)], [.. numbers.OrderBy(m => m.Start)]);
    }

    // "a churn score over 0.5 and fewer than 3 orders": a thing named before the first bound and another after the
    // second are two measures, each with its own bound; "more than 2 and fewer than 5 orders" and "spent over $50 and
    // under $150 on toys" bound one.
    private static bool TwoMeasures(string text, Match bounds)
    {
        if (!bounds.Value.Contains(" and ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = WordBefore().Match(text[..bounds.Index]);
        var after = WordAfter().Match(text[(bounds.Index + bounds.Length)..]);
        if (!before.Success || !after.Success)
        {
            return false;
        }

        var (measured, counted) = (before.Groups["w"].Value.ToLowerInvariant(), after.Groups["w"].Value.ToLowerInvariant());
        return Retrieval.RetrievalText.ContentTokens(measured) is [var first] && Retrieval.RetrievalText.ContentTokens(counted) is [var second]
            && first != second
            && !measured.EndsWith("ed", StringComparison.Ordinal) && !VerbForm().IsMatch(measured);
    }

    private static QuantityMention Mention(Match match, decimal value)
    {
        var comparison = ComparisonWords.SuffixOperator(match.Groups["suffix"].Value) ?? ComparisonWords.Operator(match.Groups["cmp"].Value);
        return new QuantityMention(match.Index, match.Length, match.Value, value, comparison, null);
    }

    // "between three and five thousand", "10-50k": a multiplier said once after both numbers scales each of them.
    private static decimal? LowBound(Match range)
    {
        var (low, multiplier, high) = (range.Groups["an"].Value, range.Groups["am"].Value, range.Groups["bn"].Value);
        var shared = range.Groups["bm"].Value;
        if (shared.Length == 0 && WordedMultiplier().Match(high) is { Success: true } worded)
        {
            (high, shared) = (worded.Groups["n"].Value, " " + worded.Groups["m"].Value);
        }

        return multiplier.Length == 0 && shared.Length > 0 && ComparisonWords.Number(low, "") is { } plainLow && ComparisonWords.Number(high, "") is { } plainHigh && plainLow < plainHigh
            ? ComparisonWords.Number(low, shared)
            : ComparisonWords.Number(low, multiplier);
    }

    [GeneratedRegex(@"(?<w>[A-Za-z][\w'-]*)\s*$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"^\s*(?<w>[A-Za-z][\w'-]*)")]
    private static partial Regex WordAfter();

    // Verbs said before a range of what they did ("spent", "bought", "placed"): the range is of that.
    [GeneratedRegex(@"^(?:spent|spend|spends|bought|buy|buys|sent|send|sends|paid|pay|pays|sold|sell|sells|got|get|gets|has|have|had|did|do|does|ran|run|runs|gave|give|gives|took|take|takes|opened|visited|logged|placed)$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbForm();

    [GeneratedRegex(@"^(?<n>.+?)\s+(?<m>thousand|million|billion)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordedMultiplier();

    [GeneratedRegex(@"\b(?:between|from)\s+(?<a>\$?\s?(?<an>" + Num + ")(?<am>" + Mult + @")?(?:\s*(?:dollars?|bucks?|usd)\b)?)\s*(?:and|to|-)\s*(?<b>\$?\s?(?<bn>" + Num + ")(?<bm>" + Mult + @")?(?:\s*(?:dollars?|bucks?|usd)\b)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(?<lo>at\s+least|no\s+less\s+than|no\s+fewer\s+than|more\s+than|over|above|greater\s+than)\s+(?<a>\$?\s?(?<an>" + Num + ")(?<am>" + Mult + @")?(?:\s*(?:dollars?|bucks?|usd)\b)?)\s*,?\s*(?:but|and|yet)\s+(?<hi>no\s+more\s+than|not\s+more\s+than|at\s+most|less\s+than|fewer\s+than|under|below|up\s+to)\s+(?<b>\$?\s?(?<bn>" + Num + ")(?<bm>" + Mult + @")?(?:\s*(?:dollars?|bucks?|usd)\b)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Bounds();

    // A time unit after the range makes it a period ("3 to 6 months"), which the date reader owns.
    [GeneratedRegex(@"(?<![\w$.,-])(?<!\b(?:change|changed|raise|lower|increase|decrease|move|bump|set|adjust)\s+(?:(?:it|that|this|the\s+\w+)\s+)?(?:from\s+)?)(?:(?<a>\$?\s?(?<an>" + Num + ")(?<am>" + Mult + @")?)\s+to\s+(?<b>\$?\s?(?<bn>" + Num + ")(?<bm>" + Mult + @")?)|(?<a>\$?(?<an>" + Digits + ")(?<am>" + Mult + @")?)\s*-\s*(?<b>\$?(?<bn>" + Digits + ")(?<bm>" + Mult + @")?))(?:" + AgePlural + @")?(?:\s*(?:dollars?|bucks?|usd)\b)?(?![\w.,-]|\s*(?:days?|weeks?|months?|years?(?!\s*-?\s*olds?\b)|hours?|minutes?|quarters?|am|pm|%)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"(?:\b(?<cmp>" + ComparisonWords.Pattern + @")\s+)?(?:\$\s?(?<n>" + Num + ")(?<mult>" + Mult + @")?(?:\s*(?:dollars?|usd)\b)?|\busd\s?(?<n>" + Num + ")(?<mult>" + Mult + @")?|(?<![\w.,$])(?<n>" + Num + ")(?<mult>" + Mult + @")?\s*(?:dollars?|bucks?|usd)\b|" + SpentNumber + @")(?<suffix>" + Suffix + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAmount();

    [GeneratedRegex(@"(?:\b(?<cmp>" + ComparisonWords.Pattern + @")\s+)?(?:(?<![\w.,$])(?<n>" + Digits + @")(?<mult>(?:k|bn)\b|\s+(?:thousand|million|billion)\b)?(?:" + AgePlural + @")?(?!\w|[.,]\d)|(?<!\b(?:no|any|every|some|the|this|that|which)\s+)\b(?<n>" + ComparisonWords.NumberWordPattern + @")(?!\s+(?:of|go|sitting|shot)\b))(?<suffix>" + Suffix + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"\b(?:dollars?|bucks?|usd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyWord();
}
