namespace SegmentAI.Skills.Perception;

/// <summary>Channel text reduced to plain words, or the reason it was not read.</summary>
/// <param name="Text">Plain text: mentions and markup removed, entities decoded, whitespace collapsed (empty when too long).</param>
/// <param name="TooLong">Set when the message exceeds the length limit.</param>
internal sealed record NormalizedMessage(string Text, MessageTooLong? TooLong)
{
    /// <summary>True when the message was within the limit and <see cref="Text"/> holds it.</summary>
    public bool IsAccepted => TooLong is null;
}
