using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Sessions;

/// <summary>One edit of a draft, worked out but not yet published: the changed definition, or the reply that stops the edit.</summary>
/// <param name="Definition">The definition after the edit; null when <paramref name="Stop"/> is set.</param>
/// <param name="Notes">What was changed or assumed, for the reply.</param>
/// <param name="Degraded">True when retrieval for the edit was of medium quality.</param>
/// <param name="Stop">A question, refusal or explanation sent instead of applying the edit.</param>
internal sealed record EditStep(SegmentDefinition? Definition, IReadOnlyList<string> Notes, bool Degraded = false, ChatReply? Stop = null)
{
    public static EditStep Changed(SegmentDefinition definition, params string[] notes) => new(definition, notes);

    public static EditStep Stopped(ChatReply reply) => new(null, [], Stop: reply);
}
