namespace SegmentAI.Skills.Hosting;

/// <summary>
/// A folder the product reads at start-up (tenants/, skills/) is not where the repository layout points. The
/// message is one line naming the folder looked in and the setting that points elsewhere.
/// </summary>
public sealed class RepositoryFolderNotFoundException : DirectoryNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The folder's role, e.g. "tenants".</param>
    /// <param name="path">Where it was looked for.</param>
    public RepositoryFolderNotFoundException(string name, string path)
        : base(Describe(name, path))
    {
        Path = path;
    }

    /// <summary>Where the folder was looked for.</summary>
    public string Path { get; }

    private static string Describe(string name, string path)
    {
        const string Root = $"{SegmentAiOptions.SectionName}:{nameof(SegmentAiOptions.RepositoryRoot)}";
        var alone = name == "tenants"
            ? $", or {SegmentAiOptions.SectionName}:{nameof(SegmentAiOptions.TenantsDirectory)} at the tenants folder itself"
            : "";
        return $"no {name} folder at '{path}'. Start SegmentAI from the repository root, or point the setting {Root} " +
            $"(environment variable {Root.Replace(":", "__", StringComparison.Ordinal)}) at the folder that holds tenants/ and skills/{alone}.";
    }
}
