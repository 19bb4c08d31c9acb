namespace SegmentAI.Evals.Suites;

/// <summary>
/// Finds and reads the suites beside the skills: <c>skills/&lt;skill_id&gt;/evals/&lt;tenant&gt;.yaml</c>, one file per
/// tenant, every file headed with the skill's suite id and skill id. Files are read in name order, cases in file order.
/// </summary>
public static class EvalSuiteLoader
{
    /// <summary>The folder of a skill that holds its suite files.</summary>
    public const string FolderName = "evals";

    /// <summary>The suite files of <paramref name="skillId"/>, in name order (none when the skill has no suite).</summary>
    public static IReadOnlyList<string> FilesOf(string skillsFolder, string skillId)
    {
        var folder = Path.Combine(skillsFolder, skillId, FolderName);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>
    /// Reads the suite of <paramref name="skillId"/>, whose header must say <paramref name="suiteId"/>; throws
    /// <see cref="EvalSuiteFormatException"/> listing every problem of every file.
    /// </summary>
    /// <param name="skillsFolder">The repository's skills/ folder.</param>
    /// <param name="skillId">The skill.</param>
    /// <param name="suiteId">The skill's <c>eval_suite_id</c>.</param>
    /// <param name="namesRelativeTo">Folder messages name files relative to (the repository root), or null for full paths.</param>
    public static EvalSuite Load(string skillsFolder, string skillId, string suiteId, string? namesRelativeTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(suiteId);
        var paths = FilesOf(skillsFolder, skillId);
        if (paths.Count == 0)
        {
            var folder = Path.Combine(skillsFolder, skillId, FolderName);
            throw new EvalSuiteFormatException($"{Name(folder, namesRelativeTo)}: skill '{skillId}' has no eval suite; add {suiteId} cases as <tenant>.yaml files in this folder");
        }

        var issues = new List<string>();
        var files = new List<EvalSuiteFile>();
        foreach (var path in paths)
        {
            var name = Name(path, namesRelativeTo);
            try
            {
                var file = EvalSuiteParser.ParseFile(path, name);
                if (file.SkillId != skillId)
                {
                    issues.Add($"{name}:1: suite header: skill: '{file.SkillId}' but the file sits in the folder of skill '{skillId}'");
                }

                if (file.SuiteId != suiteId)
                {
                    issues.Add($"{name}:1: suite header: suite: '{file.SuiteId}' but skill '{skillId}' names its suite '{suiteId}' (eval_suite_id)");
                }

                files.Add(file);
            }
            catch (EvalSuiteFormatException ex)
            {
                issues.AddRange(ex.Issues);
            }
        }

        var cases = files.SelectMany(f => f.Cases).ToList();
        foreach (var duplicate in cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            issues.Add($"{second.File}:{second.Line}: case '{duplicate.Key}': id: already used at {string.Join(", ", duplicate.SkipLast(1).Select(c => $"{c.File}:{c.Line}"))}; case ids are unique within a suite");
        }

        if (issues.Count > 0)
        {
            throw new EvalSuiteFormatException(Name(Path.Combine(skillsFolder, skillId, FolderName), namesRelativeTo), issues);
        }

        return new EvalSuite(suiteId, skillId, [.. files.Select(f => f.Path)], cases);
    }

    private static string Name(string path, string? relativeTo) =>
        relativeTo is null ? path : Path.GetRelativePath(relativeTo, path);
}
