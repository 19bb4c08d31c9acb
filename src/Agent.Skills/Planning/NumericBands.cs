using System.Globalization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Reads a comparison against a list facet whose values are numeric bands ("18-24", "65+", "51-200"): "under 35" is
/// the age bands below 35, "more than 200 employees" is 200+. Only a bound on a band edge is read; "under 30" splits
/// a band, so it is left for the planner to question rather than rounded.
/// </summary>
internal static partial class NumericBands
{
    // Ages people say without a unit ("customers over 65"); other bands need their own word after the number.
    private const int YoungestAge = 13;
    private const int OldestAge = 110;

    /// <summary>The band facet and values <paramref name="quantity"/> selects in <paramref name="text"/>, or null.</summary>
    public static (Facet Facet, IReadOnlyList<string> Values)? Read(QuantityMention quantity, string text, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tenant);
        if (quantity.Comparison is not { } comparison)
        {
            return null;
        }

        var after = text[Math.Min(quantity.End, text.Length)..];
        var facet = tenant.Catalog.Facets.FirstOrDefault(f => IsBanded(f) && tenant.WhyFacetIsUnusable(f) is null && NamedAfter(f, after))
            ?? (UnitFollows().IsMatch(after) || quantity.Value < YoungestAge || quantity.Value > OldestAge
                ? null
                : tenant.Catalog.Facets.FirstOrDefault(f => IsBanded(f) && tenant.WhyFacetIsUnusable(f) is null && IsAge(f)));
        if (facet is null)
        {
            return null;
        }

        var bands = facet.Values.Select(v => (v.Value, Band: Parse(v.Value))).Where(b => b.Band is not null).Select(b => (b.Value, Band: b.Band!.Value)).ToList();
        return Select(facet, bands, comparison, quantity);
    }

    /// <summary>
    /// The money band facet and values <paramref name="amount"/> selects when <paramref name="partText"/> names the facet
    /// ("households earning over 75k" on Household Income Band, bands such as 35k_75k and 150k_plus), or null.
    /// </summary>
    public static (Facet Facet, IReadOnlyList<string> Values)? ReadMoney(QuantityMention amount, string partText, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(partText);
        ArgumentNullException.ThrowIfNull(tenant);
        if (amount.Comparison is not { } comparison)
        {
            return null;
        }

        var said = WordStems.Words(partText).Select(w => WordStems.Stem(w.Word)).ToHashSet(StringComparer.Ordinal);
        var facet = tenant.Catalog.Facets.FirstOrDefault(f => f.Type == FacetType.List && f.Kind == FacetKind.Attribute && f.Values.Count > 1
            && f.Values.All(v => ParseMoney(v.Value) is not null) && tenant.WhyFacetIsUnusable(f) is null
            && new[] { f.Name }.Concat(f.Synonyms).SelectMany(t => WordStems.Words(t)).Select(w => WordStems.Stem(w.Word))
                .Any(w => w is not ("band" or "range" or "level") && said.Contains(w)));
        // A money band ends where the next begins ("35k_75k" holds up to 75k, not 75k itself): under the edge is up to it.
        return facet is null ? null : Select(facet, facet.Values.Select(v => (v.Value, Band: ParseMoney(v.Value)!.Value)).ToList(), comparison == ConditionOperator.Lt ? ConditionOperator.Lte : comparison, amount);
    }

    private static (Facet Facet, IReadOnlyList<string> Values)? Select(Facet facet, List<(string Value, (decimal Low, decimal High) Band)> bands, ConditionOperator comparison, QuantityMention quantity)
    {
        var (low, high) = (quantity.Value, quantity.UpperValue ?? quantity.Value);
        Func<(decimal Low, decimal High), bool>? inside = comparison switch
        {
            ConditionOperator.Lt => b => b.High < low,
            ConditionOperator.Lte => b => b.High <= low,
            ConditionOperator.Gt => b => b.Low >= low,
            ConditionOperator.Gte => b => b.Low >= low,
            ConditionOperator.Between => b => b.Low >= low && b.High <= high,
            _ => null,
        };
        if (inside is null || !OnAnEdge(bands.Select(b => b.Band).ToList(), comparison, low, high))
        {
            return null;
        }

        var values = bands.Where(b => inside(b.Band)).Select(b => b.Value).ToList();
        return values.Count == 0 || values.Count == bands.Count ? null : (facet, values);
    }

    // "under_35k", "35k_75k", "150k_plus": money bands in thousands, the lowest open below and the highest above.
    private static (decimal Low, decimal High)? ParseMoney(string value)
    {
        var match = MoneyBand().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        decimal Thousands(Group g) => decimal.Parse(g.Value, CultureInfo.InvariantCulture) * 1000;
        return match.Groups["under"].Success ? (0, Thousands(match.Groups["under"]))
            : match.Groups["plus"].Success ? (Thousands(match.Groups["plus"]), decimal.MaxValue)
            : (Thousands(match.Groups["low"]), Thousands(match.Groups["high"]));
    }

    [GeneratedRegex(@"^(?:under_(?<under>\d+)k|(?<low>\d+)k_(?<high>\d+)k|(?<plus>\d+)k_plus)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyBand();

    /// <summary>
    /// The edges a band value names ("25-34" → 25 and 34, "65+" → 65, "75k_150k" → 75,000 and 150,000), or none when
    /// the value is not a band.
    /// </summary>
    public static IReadOnlyList<decimal> Edges(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (Parse(value) ?? ParseMoney(value)) is var (low, high)
            ? new[] { low, high }.Where(e => e is > 0 and < decimal.MaxValue).Distinct().ToList()
            : [];
    }

    private static bool IsBanded(Facet facet) =>
        facet.Type == FacetType.List && facet.Kind == FacetKind.Attribute && facet.Values.Count > 1 && facet.Values.All(v => Parse(v.Value) is not null);

    private static bool IsAge(Facet facet) =>
        facet.Id.Contains("age", StringComparison.OrdinalIgnoreCase) || facet.Name.Contains("age", StringComparison.OrdinalIgnoreCase);

    // "more than 200 employees": a word of the facet's name, synonyms or unit right after the number.
    private static bool NamedAfter(Facet facet, string after)
    {
        var next = NextWord().Match(after);
        if (!next.Success)
        {
            return false;
        }

        var word = WordStems.Stem(next.Groups["word"].Value.ToLowerInvariant());
        var own = new List<string> { facet.Name, facet.Unit ?? "" }.Concat(facet.Synonyms).SelectMany(t => WordStems.Words(t)).Select(w => WordStems.Stem(w.Word)).ToHashSet(StringComparer.Ordinal);
        // "companies of up to 50 people": people, staff and workers are the employees a headcount counts.
        return own.Contains(word)
            || (word is "person" or "staff" or "worker" && own.Contains(WordStems.Stem("employees")))
            || (IsAge(facet) && YearsOld().IsMatch(after));
    }

    // The bound must fall on a band's edge, or the reading would round it.
    private static bool OnAnEdge(IReadOnlyList<(decimal Low, decimal High)> bands, ConditionOperator comparison, decimal low, decimal high) => comparison switch
    {
        ConditionOperator.Lt => bands.Any(b => b.Low == low),
        ConditionOperator.Lte => bands.Any(b => b.High == low),
        ConditionOperator.Gt => bands.Any(b => b.Low == low || b.Low == low + 1),
        ConditionOperator.Gte => bands.Any(b => b.Low == low),
        ConditionOperator.Between => bands.Any(b => b.Low == low) && bands.Any(b => b.High == high),
        _ => false,
    };

    private static (decimal Low, decimal High)? Parse(string value)
    {
        var match = Band().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        var low = decimal.Parse(match.Groups["low"].Value, CultureInfo.InvariantCulture);
        return match.Groups["high"].Success ? (low, decimal.Parse(match.Groups["high"].Value, CultureInfo.InvariantCulture)) : (low, decimal.MaxValue);
    }

    [GeneratedRegex(@"^(?<low>\d+)(?:\s*-\s*(?<high>\d+)|\+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Band();

    [GeneratedRegex(@"^\s*(?:years?|yrs?)[\s-]*olds?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsOld();

    [GeneratedRegex(@"^\s*(?<word>[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    // A number followed by its own unit ("$", "orders", "days", "times") is not an age.
    [GeneratedRegex(@"^\s*(?:%|percent|dollars?|usd|k\b|m\b|times?|orders?|purchases?|items?|days?|weeks?|months?|hours?|minutes?|emails?|visits?|sessions?|events?|logins?|sign-?ins?|deals?|offers?|messages?|views?|licen[cs]es?|seats?|apps?|points?|miles?|km|years?(?![\s-]*olds?\b)|yrs?(?![\s-]*olds?\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitFollows();
}
