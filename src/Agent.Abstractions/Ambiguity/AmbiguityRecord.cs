namespace SegmentAI.Skills.Ambiguity;

/// <summary>What the session knows about one slot: the question asked (if any) and how it was resolved.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="Question">The question asked, or null when it was resolved without asking.</param>
/// <param name="Options">Options offered.</param>
/// <param name="Resolution">The answer or assumption, once known.</param>
/// <param name="ResolvedBy">How it was resolved, once known.</param>
/// <param name="Turn">Turn number the question was asked or the slot resolved in.</param>
public sealed record AmbiguityRecord(
    AmbiguitySlot Slot,
    string? Question,
    IReadOnlyList<AmbiguityOption> Options,
    AmbiguityOption? Resolution,
    AmbiguityAction? ResolvedBy,
    int Turn);
