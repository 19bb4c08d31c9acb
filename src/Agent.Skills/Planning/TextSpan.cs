namespace SegmentAI.Skills.Planning;

/// <summary>A range of characters in the user's message.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
internal readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the two spans share a character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="index"/> lies inside the span.</summary>
    public bool Contains(int index) => index >= Start && index < End;
}
