namespace SegmentAI.Skills.Retrieval;

/// <summary>The evidence behind a facet candidate, each 0..1 except the signed cue adjustment.</summary>
/// <param name="Exact">Best exact match of the facet's name, synonyms or described phrases, weighted by source and phrase coverage.</param>
/// <param name="Fuzzy">The same allowing typos (FuzzySharp ratio per word); at least <paramref name="Exact"/> when nothing is misspelt.</param>
/// <param name="ValueVote">Best match of one of the facet's values, which votes for the facet.</param>
/// <param name="Embedding">Cosine similarity of the phrase to the facet's name, description, purpose and category, rescaled; 0 in fallback.</param>
/// <param name="Cue">Adjustment for cue words: purchase verbs, "likely to", quantities.</param>
public sealed record FacetScores(double Exact, double Fuzzy, double ValueVote, double Embedding, double Cue);
