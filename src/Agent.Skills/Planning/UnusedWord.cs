namespace SegmentAI.Skills.Planning;

/// <summary>A word of the request no condition of the segment accounts for.</summary>
/// <param name="Word">The word, lower case.</param>
/// <param name="NamesCatalogTerm">True when it is part of a catalog or tenant term whose meaning is not in the segment.</param>
internal sealed record UnusedWord(string Word, bool NamesCatalogTerm);
