using System.Globalization;

namespace SegmentAI.Skills.Perception;

/// <summary>What is kept of a message refused for its length: its start and its size, never more than the limit.</summary>
internal static class RejectedMessage
{
    /// <summary>The start of <paramref name="text"/> with a note of its full length, <see cref="MessageTooLong.Limit"/> characters at most.</summary>
    public static string Excerpt(string text, MessageTooLong tooLong)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tooLong);
        var note = string.Create(CultureInfo.InvariantCulture, $"[not read: {text.Length:N0} characters, over the {tooLong.Limit:N0} limit] ");
        var room = Math.Max(0, tooLong.Limit - note.Length);
        var start = text.Length <= room ? text : text[..room];

        // Never end on half of a surrogate pair.
        if (start.Length > 0 && char.IsHighSurrogate(start[^1]))
        {
            start = start[..^1];
        }

        return (note + start)[..Math.Min(note.Length + start.Length, tooLong.Limit)];
    }
}
