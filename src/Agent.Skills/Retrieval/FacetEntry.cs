using SegmentAI.Skills.Catalog;

namespace SegmentAI.Skills.Retrieval;

/// <summary>One retrievable facet with its matchable terms.</summary>
/// <param name="Facet">The catalog facet.</param>
/// <param name="Ordinal">Position in the catalog, which orders facets by primacy.</param>
/// <param name="Terms">Name, synonyms and described phrases.</param>
/// <param name="ValueTerms">Values, labels and value synonyms.</param>
/// <param name="Predictive">True for model scores (affinities, propensities, predictions).</param>
internal sealed record FacetEntry(Facet Facet, int Ordinal, IReadOnlyList<CatalogTerm> Terms, IReadOnlyList<CatalogTerm> ValueTerms, bool Predictive);
