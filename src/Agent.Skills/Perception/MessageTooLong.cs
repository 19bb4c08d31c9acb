using System.Globalization;

namespace SegmentAI.Skills.Perception;

/// <summary>A message longer than the configured limit; the agent replies with <see cref="Message"/> instead of reading it.</summary>
/// <param name="Length">Characters in the message.</param>
/// <param name="Limit">The most characters a message may have.</param>
public sealed record MessageTooLong(int Length, int Limit)
{
    /// <summary>What to tell the user, e.g. "Your message is 3,412 characters; the limit is 2,000. Please shorten it."</summary>
    public string Message =>
        string.Create(CultureInfo.InvariantCulture, $"Your message is {Length:N0} characters; the limit is {Limit:N0}. Please shorten it.");
}
