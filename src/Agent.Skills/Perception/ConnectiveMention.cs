namespace SegmentAI.Skills.Perception;

/// <summary>A connective between parts of a request.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The words as written ("as well as").</param>
/// <param name="Kind">What it means.</param>
public sealed record ConnectiveMention(int Start, int Length, string Text, Connective Kind)
{
    /// <summary>Index just after the connective.</summary>
    public int End => Start + Length;
}
