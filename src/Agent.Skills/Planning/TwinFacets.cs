using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Two list facets with the same values that differ in what was done with them: "Deal Round Engaged" and
/// "Deal Round (Created)" both list seed … Series B. Retrieval scores the shared value words alike, so which one the
/// user meant is said by the other words ("opened a seed round", "negotiated on seed deals"): the words that only one
/// twin's name, synonyms or description uses.
/// </summary>
internal static class TwinFacets
{
    /// <summary>How far below its twin a facet may score and still be read when the words name it.</summary>
    public const double Margin = 0.1;

    /// <summary>True when both are list facets listing exactly the same values.</summary>
    public static bool AreTwins(Facet one, Facet other) =>
        one.Id != other.Id && one.Type == FacetType.List && other.Type == FacetType.List && one.Values.Count > 0
        && one.Values.Count == other.Values.Count
        && one.Values.Select(v => v.Value).ToHashSet(StringComparer.Ordinal).SetEquals(other.Values.Select(v => v.Value));

    /// <summary>
    /// True when <paramref name="phrase"/> has more words that only <paramref name="facet"/>'s own text uses than
    /// words that only <paramref name="twin"/>'s uses. Value words ("series b") are shared and say nothing.
    /// </summary>
    public static bool WordsFavour(Facet facet, Facet twin, string phrase)
    {
        var said = RetrievalText.ContentTokens(phrase).ToHashSet(StringComparer.Ordinal);
        said.ExceptWith(RetrievalText.ContentTokens(string.Join(' ', facet.Values.SelectMany(v => (IEnumerable<string>)[v.Value, v.Label, .. v.Synonyms]))));
        var own = Text(facet);
        var theirs = Text(twin);
        return said.Count(w => own.Contains(w) && !theirs.Contains(w)) > said.Count(w => theirs.Contains(w) && !own.Contains(w));
    }

    private static HashSet<string> Text(Facet facet) =>
        RetrievalText.ContentTokens(string.Join(' ', [facet.Name, facet.Description, .. facet.Synonyms])).ToHashSet(StringComparer.Ordinal);
}
