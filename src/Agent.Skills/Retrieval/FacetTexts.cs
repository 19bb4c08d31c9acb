using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>What retrieval reads of a catalog: which facets may be retrieved and the texts that get embedded.</summary>
internal static class FacetTexts
{
    private const string MarketersSay = "Marketers say";

    /// <summary>Facets a segment may use; PII, restricted and disallowed facets are never indexed or retrieved.</summary>
    public static IReadOnlyList<Facet> Retrievable(Tenant tenant) =>
        tenant.Catalog.Facets.Where(f => tenant.WhyFacetIsUnusable(f) is null).ToList();

    /// <summary>
    /// Name, category, description, what the facet is for and its synonyms. Only the first sentence of the
    /// purpose is kept: later ones name the look-alike facets to use instead, and embedding those names would
    /// pull a facet towards exactly the facets it must be told apart from.
    /// </summary>
    public static string FacetText(Facet facet) =>
        string.Join(' ', new[]
        {
            facet.Name + ".",
            facet.Category,
            facet.Subcategory ?? string.Empty,
            facet.Description,
            FirstSentence(facet.Purpose),
            string.Join(", ", facet.Synonyms),
        }.Where(s => s.Length > 0));

    /// <summary>The value, its label and its synonyms.</summary>
    public static string ValueText(FacetValue value) =>
        string.Join(", ", new[] { value.Label, value.Value }.Concat(value.Synonyms).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>The phrases a description lists after "Marketers say", which read like extra synonyms.</summary>
    public static IReadOnlyList<string> DescribedPhrases(string description)
    {
        var start = description.IndexOf(MarketersSay, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return [];
        }

        var list = description[(start + MarketersSay.Length)..];
        return list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => StripParenthetical(p).TrimEnd('.', ' '))
            .Where(p => p.Length > 0)
            .ToList();
    }

    /// <summary>
    /// The quoted examples of the purpose's first sentence ('Use for "repeat buyers"'); later sentences quote
    /// what belongs to other facets, so they are left out.
    /// </summary>
    public static IReadOnlyList<string> PurposeExamples(string purpose)
    {
        var parts = FirstSentence(purpose).Split('"');
        return parts.Where((_, i) => i % 2 == 1).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static string StripParenthetical(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? text : text[..open].Trim();
    }
}
