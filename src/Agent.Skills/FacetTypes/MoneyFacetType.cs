using System.Globalization;
using SegmentAI.Skills.Catalog;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>An amount of money (lifetime spend, order total).</summary>
internal sealed class MoneyFacetType : MeasuredFacetType
{
    /// <inheritdoc />
    public override FacetType Type => FacetType.Money;

    /// <inheritdoc />
    public override string DescribeValue(Facet facet, string value) => Amount(value);

    /// <summary>"$1,200" or "$19.99"; text that is not a number is returned as it is.</summary>
    public static string Amount(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? "$" + amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture)
            : text;
}
