namespace SegmentAI.Skills.Dates;

/// <summary>A date expression found inside a longer text.</summary>
/// <param name="Start">Index of the first character of the expression in the text.</param>
/// <param name="Length">Number of characters of the expression.</param>
/// <param name="Text">The expression exactly as written.</param>
/// <param name="Resolution">What the expression means (never <see cref="DateResolutionStatus.NotFound"/>).</param>
public sealed record DateMention(int Start, int Length, string Text, DateResolution Resolution)
{
    /// <summary>Index just after the last character of the expression.</summary>
    public int End => Start + Length;
}
