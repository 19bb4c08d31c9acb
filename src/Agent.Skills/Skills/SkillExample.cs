using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Skills;

/// <summary>A realistic request the skill serves; used as a few-shot example and as training data for intent classification.</summary>
/// <param name="Input">The marketer's words.</param>
/// <param name="Intent">The intent the words express.</param>
/// <param name="Tenant">Tenant whose vocabulary the example uses, when it is tenant-specific.</param>
/// <param name="Output">What the agent should produce, in brief.</param>
/// <param name="Notes">Why the example matters.</param>
public sealed record SkillExample(string Input, Intent Intent, string? Tenant = null, string? Output = null, string? Notes = null);
