namespace SegmentAI.Skills.Perception;

/// <summary>A word or phrase the spell corrector changed, so the reply can say "I read 'dipers' as 'Diapers'".</summary>
/// <param name="Original">The words as the user wrote them.</param>
/// <param name="Corrected">What replaced them in the corrected text (in the user's capitalization).</param>
/// <param name="Label">The catalog's name for what the correction means ("Diapers"), for replies.</param>
/// <param name="Score">Similarity of the original to the correction, 0–1.</param>
/// <param name="Start">Index of <paramref name="Original"/> in the text that was corrected.</param>
/// <param name="Length">Length of <paramref name="Original"/>.</param>
/// <param name="CorrectedStart">Index of <paramref name="Corrected"/> in the corrected text.</param>
public sealed record SpellCorrection(string Original, string Corrected, string Label, double Score, int Start, int Length, int CorrectedStart)
{
    /// <summary>Index just after <see cref="Original"/> in the text that was corrected.</summary>
    public int End => Start + Length;

    /// <summary>Index just after <see cref="Corrected"/> in the corrected text.</summary>
    public int CorrectedEnd => CorrectedStart + Corrected.Length;
}
