using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Skills;

/// <summary>
/// Loads <c>skills/&lt;skill_id&gt;/&lt;version&gt;.yaml</c>. Every file is validated on its own; a broken one is reported in
/// <see cref="SkillLibrary.Failures"/> and never stops the others from loading.
/// </summary>
public static class SkillLoader
{
    /// <summary>Extension of skill files.</summary>
    public const string FileExtension = ".yaml";

    /// <summary>Loads every skill version under <paramref name="root"/>.</summary>
    public static SkillLibrary Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new Hosting.RepositoryFolderNotFoundException("skills", root);
        }

        var skills = new List<Skill>();
        var failures = new List<SkillLoadFailure>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var skillId = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder, "*" + FileExtension)
                .OrderBy(f => Path.GetFileNameWithoutExtension(f), Comparer<string>.Create(SkillVersion.Compare));
            foreach (var file in files)
            {
                var version = Path.GetFileNameWithoutExtension(file);
                try
                {
                    skills.Add(SkillParser.Parse(skillId, version, file, File.ReadAllText(file)));
                }
                catch (ConfigurationException ex)
                {
                    failures.Add(new SkillLoadFailure(file, skillId, version, ex.Issues));
                }
            }
        }

        return new SkillLibrary(root, skills, failures);
    }
}
