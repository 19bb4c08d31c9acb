namespace SegmentAI.Skills.Perception;

/// <summary>A word of a message with its position.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The word as written.</param>
internal readonly record struct WordToken(int Start, int Length, string Text)
{
    public int End => Start + Length;
}
