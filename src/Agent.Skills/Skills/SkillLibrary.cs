namespace SegmentAI.Skills.Skills;

/// <summary>
/// Every skill version that loaded from a <c>skills/</c> folder, and every file that did not. Which version is live
/// is not decided here: see <see cref="SkillRegistry"/>.
/// </summary>
public sealed class SkillLibrary
{
    private readonly Dictionary<(string SkillId, string Version), Skill> _byVersion;

    /// <summary>Creates a library from loaded skills and failures.</summary>
    public SkillLibrary(string root, IReadOnlyList<Skill> skills, IReadOnlyList<SkillLoadFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(skills);
        Root = root;
        Skills = skills;
        Failures = failures;
        _byVersion = skills.ToDictionary(s => (s.SkillId, s.Version));
    }

    /// <summary>The folder the skills were loaded from.</summary>
    public string Root { get; }

    /// <summary>Every loaded skill version, ordered by id then version.</summary>
    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>Files that did not load, with their problems.</summary>
    public IReadOnlyList<SkillLoadFailure> Failures { get; }

    /// <summary>Ids of the skills with at least one loaded version.</summary>
    public IReadOnlyList<string> SkillIds => Skills.Select(s => s.SkillId).Distinct().ToList();

    /// <summary>The given version of a skill, or null when it is absent or did not load.</summary>
    public Skill? Find(string skillId, string version) => _byVersion.GetValueOrDefault((skillId, version));

    /// <summary>Loaded versions of a skill, oldest first.</summary>
    public IReadOnlyList<Skill> Versions(string skillId) => Skills.Where(s => s.SkillId == skillId).ToList();

    /// <summary>Why the given version is not loaded: its load failure, or null when no file for it failed.</summary>
    public SkillLoadFailure? FailureOf(string skillId, string version) =>
        Failures.FirstOrDefault(f => f.SkillId == skillId && f.Version == version);
}
