namespace SegmentAI.Skills.Tests.SkillSystem;

/// <summary>A throw-away copy of the repository's skills folder that a test may break.</summary>
internal sealed class SkillsCopy : IDisposable
{
    public SkillsCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "segmentai-skills-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepositorySkills.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepositorySkills.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string skillId, string version) => Path.Combine(Root, skillId, version + ".yaml");

    /// <summary>Replaces the first line containing <paramref name="contains"/>; returns its 1-based line number.</summary>
    public int ReplaceLine(string skillId, string version, string contains, Func<string, string> change)
    {
        var path = PathOf(skillId, version);
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Contains(contains, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line containing '{contains}' in {path}");
        lines[index] = change(lines[index]);
        File.WriteAllLines(path, lines);
        return index + 1;
    }

    /// <summary>Inserts <paramref name="line"/> after line <paramref name="afterLine"/>; returns the new line's number.</summary>
    public int InsertLine(string skillId, string version, int afterLine, string line)
    {
        var path = PathOf(skillId, version);
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(afterLine, line);
        File.WriteAllLines(path, lines);
        return afterLine + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
