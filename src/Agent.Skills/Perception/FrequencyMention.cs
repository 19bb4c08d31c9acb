using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Perception;

/// <summary>A frequency phrase ("at least twice a week") and what it means.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Frequency">Its meaning; its <see cref="Frequency.Expression"/> is <paramref name="Text"/>.</param>
public sealed record FrequencyMention(int Start, int Length, string Text, Frequency Frequency)
{
    /// <summary>Index just after the phrase.</summary>
    public int End => Start + Length;
}
