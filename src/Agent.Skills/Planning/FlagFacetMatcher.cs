using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// A last reading of a clause that only says an event happened or not ("didn't click any", "haven't done anything",
/// "hasn't opened any app") when retrieval found nothing sure: the yes/no event facet whose name shares the most of
/// the clause's words, by word stem ("click" ~ "Clicked an Email", "anything" ~ "Any Activity"). Used only when one
/// facet is clearly best, so a clause it cannot read still becomes a question.
/// </summary>
internal static class FlagFacetMatcher
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "their", "our", "my", "it", "by" };

    /// <summary>The flag facet the words name, or null when none (or no single one) fits.</summary>
    public static Facet? Find(Tenant tenant, string phrase)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var words = Stems(phrase);
        if (words.Count == 0)
        {
            return null;
        }

        var scored = tenant.Catalog.Facets
            .Where(f => f is { Kind: FacetKind.Event, Type: FacetType.Boolean } && tenant.WhyFacetIsUnusable(f) is null)
            .Select(f => (Facet: f, Score: Score(words, f)))
            .Where(s => s.Score >= 0.5)
            .OrderByDescending(s => s.Score)
            .ToList();
        return scored.Count == 0 || (scored.Count > 1 && scored[1].Score >= scored[0].Score - 1e-9) ? null : scored[0].Facet;
    }

    /// <summary>True when every word of the facet's name, or of one of its synonyms, is among <paramref name="phrase"/>'s words.</summary>
    public static bool IsNamedIn(Facet facet, string phrase)
    {
        ArgumentNullException.ThrowIfNull(facet);
        return Score(Stems(phrase), facet) >= 1 - 1e-9;
    }

    private static double Score(HashSet<string> words, Facet facet)
    {
        var name = Stems(facet.Name);
        if (name.Count == 0)
        {
            return 0;
        }

        var overlap = name.Count(words.Contains);
        var synonym = facet.Synonyms.Any(s => Stems(s) is { Count: > 0 } stems && stems.All(words.Contains)) ? 1 : 0;
        return Math.Max((double)overlap / name.Count, synonym);
    }

    private static HashSet<string> Stems(string text) =>
        WordStems.Of(text).Where(w => !Ignored.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
