namespace SegmentAI.Skills.Tenants;

/// <summary>A tenant's customization of one skill.</summary>
/// <param name="SkillId">Skill customized.</param>
/// <param name="Version">Pinned version, when the tenant does not follow the active one.</param>
/// <param name="Parameters">Tunable parameters replaced for this tenant.</param>
/// <param name="Instructions">Extra instructions appended for this tenant.</param>
public sealed record SkillOverride(string SkillId, string? Version, IReadOnlyDictionary<string, string> Parameters, string? Instructions);
