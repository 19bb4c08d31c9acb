using System.Text.RegularExpressions;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// "more than 20 hours online", "sessions under 10 minutes": a length of time said in one unit against a facet that
/// counts in another (Total Session Time is in seconds) is converted, never compared as said.
/// </summary>
internal static partial class DurationUnits
{
    /// <summary>
    /// The factor that turns <paramref name="quantity"/> as said into the facet's unit: 3600 for hours against seconds,
    /// 1 when no unit of time follows the number or the facet does not measure time.
    /// </summary>
    public static decimal Factor(string? facetUnit, QuantityMention quantity, string text)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(text);
        if (facetUnit is null || Seconds(facetUnit) is not { } target
            || SaidUnit().Match(text[Math.Min(quantity.End, text.Length)..]) is not { Success: true } said
            || Seconds(said.Groups["unit"].Value) is not { } source)
        {
            return 1;
        }

        return source / target;
    }

    private static decimal? Seconds(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "s" or "sec" or "secs" or "second" or "seconds" => 1,
        "m" or "min" or "mins" or "minute" or "minutes" => 60,
        "h" or "hr" or "hrs" or "hour" or "hours" => 3600,
        _ => null,
    };

    [GeneratedRegex(@"^\s*(?<unit>secs?|seconds?|mins?|minutes?|hrs?|hours?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaidUnit();
}
