using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Skills.Sessions;

/// <summary>The question the agent is waiting on, and the request to resume once it is answered.</summary>
/// <param name="Slot">What was asked.</param>
/// <param name="Options">Options offered.</param>
/// <param name="Request">The user's request the question is about, verbatim.</param>
/// <param name="SkillId">Skill that asked.</param>
public sealed record PendingClarification(AmbiguitySlot Slot, IReadOnlyList<AmbiguityOption> Options, string Request, string SkillId);
