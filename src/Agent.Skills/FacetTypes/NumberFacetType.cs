using System.Globalization;
using SegmentAI.Skills.Catalog;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>A plain number (household size, score, count of events, a length of time in seconds).</summary>
internal sealed class NumberFacetType : MeasuredFacetType
{
    /// <inheritdoc />
    public override FacetType Type => FacetType.Number;

    /// <inheritdoc />
    public override string DescribeValue(Facet facet, string value) => facet.Unit == "seconds" ? Seconds(value) : value;

    // "72,000 seconds (20 hours)": a length of time reads in the unit people said it in as well as the facet's own.
    private static string Seconds(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var seconds))
        {
            return text;
        }

        var said = seconds >= 3600 && seconds % 3600 == 0 ? $" ({(seconds / 3600).ToString("#,0", CultureInfo.InvariantCulture)} hour{(seconds == 3600 ? "" : "s")})"
            : seconds >= 60 && seconds % 60 == 0 ? $" ({(seconds / 60).ToString("#,0", CultureInfo.InvariantCulture)} minute{(seconds == 60 ? "" : "s")})"
            : "";
        return $"{seconds.ToString("#,0.##", CultureInfo.InvariantCulture)} seconds{said}";
    }
}
