using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>A tenant's retrievable facets in matchable form, built once per loaded tenant.</summary>
internal sealed class FacetLexicon
{
    private static readonly string[] PredictiveWords = ["affinity", "propensity", "predicted", "score"];

    private readonly Dictionary<string, FacetEntry> _byId;
    private readonly Dictionary<string, List<string>> _valueOwners;

    private FacetLexicon(IReadOnlyList<FacetEntry> entries)
    {
        Entries = entries;
        _byId = entries.ToDictionary(e => e.Facet.Id, StringComparer.Ordinal);
        Vocabulary = entries.SelectMany(e => e.Terms.Concat(e.ValueTerms)).SelectMany(t => t.Tokens).ToHashSet(StringComparer.Ordinal);
        _valueOwners = [];
        foreach (var entry in entries)
        {
            foreach (var key in entry.ValueTerms.Select(t => Key(t.Tokens)).Distinct(StringComparer.Ordinal))
            {
                if (!_valueOwners.TryGetValue(key, out var owners))
                {
                    _valueOwners[key] = owners = [];
                }

                owners.Add(entry.Facet.Id);
            }
        }
    }

    public IReadOnlyList<FacetEntry> Entries { get; }

    /// <summary>Every token of every term of the tenant's retrievable facets; words outside it may be typos.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    public FacetEntry? Find(string facetId) => _byId.GetValueOrDefault(facetId);

    /// <summary>
    /// How many facets earlier in the catalog own the same value words ("Baby" is a value of Department
    /// Purchased, Department Browsed, the cart and two campaign facets). The catalog lists the primary facet
    /// first, so a bare value goes to it unless the phrase's other words point elsewhere.
    /// </summary>
    public int SharedValueRank(string facetId, CatalogTerm valueTerm)
    {
        var owners = _valueOwners.GetValueOrDefault(Key(valueTerm.Tokens));
        return owners is null ? 0 : Math.Max(0, owners.IndexOf(facetId));
    }

    public static FacetLexicon Build(Tenant tenant)
    {
        var entries = FacetTexts.Retrievable(tenant).Select((facet, ordinal) => Entry(facet, ordinal)).ToList();
        return new FacetLexicon(entries);
    }

    private static FacetEntry Entry(Facet facet, int ordinal)
    {
        var terms = new List<CatalogTerm?>
        {
            CatalogTerm.Create(facet.Name, TermSource.Name),
            CatalogTerm.Create(facet.Id.Replace('_', ' '), TermSource.Name),
        };
        terms.AddRange(facet.Synonyms.Select(s => CatalogTerm.Create(s, TermSource.Synonym)));
        terms.AddRange(FacetTexts.DescribedPhrases(facet.Description).Concat(FacetTexts.PurposeExamples(facet.Purpose))
            .Select(p => CatalogTerm.Create(p, TermSource.Description)));
        var values = facet.Values
            .SelectMany(v => new[] { v.Value, v.Label }.Concat(v.Synonyms).Distinct(StringComparer.OrdinalIgnoreCase).Select(t => CatalogTerm.Create(t, TermSource.Value, v.Value)))
            .OfType<CatalogTerm>()
            .ToList();
        var predictive = facet.Category.Contains("predict", StringComparison.OrdinalIgnoreCase)
            || PredictiveWords.Any(w => facet.Name.Contains(w, StringComparison.OrdinalIgnoreCase));
        return new FacetEntry(facet, ordinal, terms.OfType<CatalogTerm>().ToList(), values, predictive);
    }

    private static string Key(IReadOnlyList<string> tokens) => string.Join(' ', tokens);
}
