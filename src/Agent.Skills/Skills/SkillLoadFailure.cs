using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Skills;

/// <summary>A skill file that could not be loaded, and every reason why.</summary>
/// <param name="File">The file.</param>
/// <param name="SkillId">Skill id taken from the folder name.</param>
/// <param name="Version">Version taken from the file name.</param>
/// <param name="Issues">Problems, each with file, line and field.</param>
public sealed record SkillLoadFailure(string File, string SkillId, string Version, IReadOnlyList<ConfigurationIssue> Issues)
{
    /// <inheritdoc />
    public override string ToString() => $"skill '{SkillId}@{Version}' did not load: {string.Join("; ", Issues)}";
}
