namespace SegmentAI.Host.Api.Resources;

/// <summary>The decisions about a skill the caller's tenant may see (global ones and its own), newest first.</summary>
/// <param name="Skill">Skill.</param>
/// <param name="Decisions">Decisions.</param>
internal sealed record SkillHistoryResource(string Skill, IReadOnlyList<SkillDecisionResource> Decisions);
