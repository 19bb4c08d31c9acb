namespace SegmentAI.Skills.Perception;

/// <summary>Words of a message that name something in the tenant's catalog, with every meaning they can have.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Meanings">What the words can mean, in catalog order ("Texas" is a home state and a store state).</param>
/// <param name="Score">1.0 for an exact term, lower for a singular/plural variant or a spell-corrected word.</param>
public sealed record FacetMention(int Start, int Length, string Text, IReadOnlyList<LexiconEntry> Meanings, double Score)
{
    /// <summary>Index just after the words.</summary>
    public int End => Start + Length;

    /// <summary>The facet of the first meaning.</summary>
    public string FacetId => Meanings[0].FacetId;

    /// <summary>The list value of the first meaning, or null when the words name a facet or a vocabulary phrase.</summary>
    public string? Value => Meanings[0].Value;
}
