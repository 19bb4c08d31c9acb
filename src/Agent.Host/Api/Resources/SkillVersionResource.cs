using SegmentAI.Skills.Skills;

namespace SegmentAI.Host.Api.Resources;

/// <summary>One loaded version of a skill and what its promotion requires.</summary>
/// <param name="Version">Version.</param>
/// <param name="EvalGate">True when the version goes live only with a passed eval gate.</param>
/// <param name="MinAccuracy">Accuracy its eval suite must reach.</param>
/// <param name="EvalSuiteId">Eval suite that validates it.</param>
internal sealed record SkillVersionResource(string Version, bool EvalGate, double MinAccuracy, string EvalSuiteId)
{
    public static SkillVersionResource From(Skill skill) => new(skill.Version, skill.EvalGate, skill.MinAccuracy, skill.EvalSuiteId);
}
