namespace SegmentAI.Skills.Retrieval;

/// <summary>A word or phrase of a facet (name, synonym, described phrase or value) in matchable form.</summary>
/// <param name="Text">The term as written in the catalog.</param>
/// <param name="Tokens">Its stemmed content tokens.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Value">The catalog value, for value terms.</param>
internal sealed record CatalogTerm(string Text, IReadOnlyList<string> Tokens, TermSource Source, string? Value)
{
    public static CatalogTerm? Create(string text, TermSource source, string? value = null)
    {
        // The numbers in described phrases are examples ("logged in 10 times"), not part of the meaning.
        var tokens = RetrievalText.ContentTokens(text).Where(t => source != TermSource.Description || !RetrievalText.IsNumber(t)).ToList();
        return tokens.Count == 0 ? null : new CatalogTerm(text, tokens, source, value);
    }
}
