using SegmentAI.Skills.Hosting;

namespace SegmentAI.Evals.Tests.Gates;

/// <summary>
/// A temporary repository root with copies of skills/ and tenants/ (so promotions never edit the real manifest),
/// a state directory for long-term memory and a results folder, deleted on dispose.
/// </summary>
public sealed class GateRepository : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-gate-").FullName;

    public GateRepository()
    {
        var repository = RepositoryLayout.Discover();
        Copy(repository.Skills, Path.Combine(Root, "skills"));
        Copy(repository.Tenants, Path.Combine(Root, "tenants"));
        Directory.CreateDirectory(StateDirectory);
    }

    public string Root => Path.Combine(_folder, "repo");

    public string StateDirectory => Path.Combine(_folder, "state");

    public string Results => Path.Combine(_folder, "eval-runs");

    public string ManifestPath => Path.Combine(Root, "skills", "manifest.yaml");

    /// <summary>The options pointing a command at this copy.</summary>
    public string[] Options => ["--root", Root, "--state-dir", StateDirectory, "--out", Results];

    /// <summary>Writes segment_creation <paramref name="version"/> as a copy of 1.0.0 with <paramref name="edit"/> applied.</summary>
    public void AddSegmentCreation(string version, Func<string, string> edit)
    {
        var folder = Path.Combine(Root, "skills", "segment_creation");
        var text = File.ReadAllText(Path.Combine(folder, "1.0.0.yaml")).Replace("version: \"1.0.0\"", $"version: \"{version}\"", StringComparison.Ordinal);
        var edited = edit(text);
        File.WriteAllText(Path.Combine(folder, $"{version}.yaml"), edited);
    }

    /// <summary>
    /// A stricter facet threshold: far fewer matches are accepted. Tenants without their own override of the
    /// parameter (dealflow) get clarifications where 1.0.0 built segments; acme-retail pins 0.6 and sees no change.
    /// </summary>
    public static string StricterFacetThreshold(string text)
    {
        const string Default = "facet_acceptance_threshold: { type: probability, default: 0.6,";
        Assert.Contains(Default, text, StringComparison.Ordinal);
        return text.Replace(Default, "facet_acceptance_threshold: { type: probability, default: 0.95,", StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
