namespace SegmentAI.Skills.Hosting;

/// <summary>
/// Finds the folders the product reads (tenants/, skills/) and writes (data/), so commands work from the
/// repository root, from a project folder (<c>dotnet run --project</c>) or from a test's output folder.
/// </summary>
public sealed class RepositoryLayout
{
    private const string Marker = "Segmentation.sln";

    /// <summary>Creates a layout rooted at <paramref name="root"/>.</summary>
    public RepositoryLayout(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>Tenant folders.</summary>
    public string Tenants => Path.Combine(Root, "tenants");

    /// <summary>Versioned YAML skills.</summary>
    public string Skills => Path.Combine(Root, "skills");

    /// <summary>Generated warehouses and other local data (git-ignored).</summary>
    public string Data => Path.Combine(Root, "data");

    /// <summary>
    /// The repository containing the current directory or, failing that, the running program; the current
    /// directory itself when neither is inside one (a deployed host configures its folders explicitly).
    /// </summary>
    public static RepositoryLayout Discover() =>
        new(FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory());

    /// <summary>Resolves a path from configuration: absolute as given, relative against the root.</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
