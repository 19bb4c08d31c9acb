namespace SegmentAI.Skills.Perception;

/// <summary>A message after domain spell correction.</summary>
/// <param name="Text">The corrected text (equal to the input when nothing was corrected).</param>
/// <param name="Corrections">What was changed, in text order.</param>
internal sealed record SpellCheckedText(string Text, IReadOnlyList<SpellCorrection> Corrections);
