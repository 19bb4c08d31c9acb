using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Handlers;

/// <summary>An intent skills may serve under <c>intents:</c>, registered with <c>AddSkillIntent</c>.</summary>
/// <param name="Intent">The intent.</param>
internal sealed record SkillIntentRegistration(Intent Intent);
