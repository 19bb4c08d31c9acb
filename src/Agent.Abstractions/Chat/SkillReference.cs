namespace SegmentAI.Skills.Chat;

/// <summary>The skill and version that produced a reply.</summary>
/// <param name="Id">Skill id.</param>
/// <param name="Version">Skill version.</param>
public sealed record SkillReference(string Id, string Version);
