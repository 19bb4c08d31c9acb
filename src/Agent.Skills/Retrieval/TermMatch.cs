namespace SegmentAI.Skills.Retrieval;

/// <summary>How well one catalog term matches a phrase.</summary>
/// <param name="Term">The term.</param>
/// <param name="Score">1 when every token of the term is in the phrase; less for typos; far less for partial terms.</param>
/// <param name="Complete">True when every token of the term was found.</param>
/// <param name="Typo">True when a token matched only approximately.</param>
/// <param name="Covered">Indexes of the phrase tokens the term explains.</param>
internal sealed record TermMatch(CatalogTerm Term, double Score, bool Complete, bool Typo, IReadOnlySet<int> Covered);
