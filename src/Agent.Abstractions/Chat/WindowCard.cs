namespace SegmentAI.Skills.Chat;

/// <summary>A condition's window as shown to people: half-open dates and the words it came from.</summary>
/// <param name="Start">First day inside.</param>
/// <param name="End">First day after (exclusive).</param>
/// <param name="Expression">The user's words, or a note that it is a default.</param>
public sealed record WindowCard(DateOnly Start, DateOnly End, string? Expression);
