namespace SegmentAI.Skills.Ambiguity;

/// <summary>The resolver's decision for one request.</summary>
/// <param name="Slot">The slot decided.</param>
/// <param name="Action">How it is resolved.</param>
/// <param name="Resolution">The chosen option; null when the user must be asked.</param>
/// <param name="Question">The question to ask, when <see cref="Action"/> is Ask.</param>
/// <param name="Options">The options to offer with the question (at most four).</param>
/// <param name="Assumption">Plain-English note for the reply when something was assumed rather than asked.</param>
internal sealed record AmbiguityDecision(
    AmbiguitySlot Slot,
    AmbiguityAction Action,
    AmbiguityOption? Resolution,
    string? Question,
    IReadOnlyList<AmbiguityOption> Options,
    string? Assumption)
{
    /// <summary>True when the user must be asked.</summary>
    public bool NeedsQuestion => Action == AmbiguityAction.Ask;
}
