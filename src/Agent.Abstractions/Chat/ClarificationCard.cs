namespace SegmentAI.Skills.Chat;

/// <summary>The one question of a clarification reply.</summary>
/// <param name="Slot">What is unclear (stable key; the same slot is never asked twice in a session).</param>
/// <param name="Question">The question.</param>
/// <param name="Options">At most four labelled choices.</param>
public sealed record ClarificationCard(string Slot, string Question, IReadOnlyList<string> Options);
