namespace SegmentAI.Skills.Perception;

/// <summary>A negation cue ("not", "excluding", "who haven't") and where the words it negates begin.</summary>
/// <param name="Start">Index of the cue.</param>
/// <param name="Length">Length of the cue.</param>
/// <param name="Text">The cue as written.</param>
/// <param name="ScopeStart">Index of the first word after the cue, where the negated words begin.</param>
public sealed record NegationMention(int Start, int Length, string Text, int ScopeStart)
{
    /// <summary>Index just after the cue.</summary>
    public int End => Start + Length;
}
