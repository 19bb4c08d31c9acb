namespace SegmentAI.Skills.Handlers;

/// <summary>A tool name skills may list under <c>tools:</c>, registered with <c>AddSkillTool</c>.</summary>
/// <param name="Name">The tool's snake_case name.</param>
internal sealed record SkillToolRegistration(string Name);
