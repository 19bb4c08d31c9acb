using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Tenants;

/// <summary>The demo tenants checked into the repository's <c>tenants/</c> folder.</summary>
internal static class RepositoryTenants
{
    public static readonly string[] Ids = ["acme-retail", "contoso-workforce", "dealflow"];

    private static readonly Lazy<TenantDirectory> Loaded = new(() => TenantDirectory.Load(Locate()));

    /// <summary>The repository's tenants folder: next to Segmentation.sln, found by walking up from the test binaries.</summary>
    public static string Folder => Loaded.Value.Root;

    /// <summary>The real tenants, loaded once.</summary>
    public static TenantDirectory Directory => Loaded.Value;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Segmentation.sln")))
            {
                return Path.Combine(dir.FullName, "tenants");
            }
        }

        throw new InvalidOperationException($"no Segmentation.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>A throw-away copy of the repository's tenants that a test may break.</summary>
internal sealed class TenantsCopy : IDisposable
{
    public TenantsCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "segmentai-tenants-" + Guid.NewGuid().ToString("N"));
        foreach (var id in RepositoryTenants.Ids)
        {
            Directory.CreateDirectory(Path.Combine(Root, id));
            foreach (var file in new[] { TenantDirectory.TenantFileName, TenantDirectory.CatalogFileName })
            {
                File.Copy(Path.Combine(RepositoryTenants.Folder, id, file), Path.Combine(Root, id, file));
            }
        }
    }

    public string Root { get; }

    public string PathOf(string tenantId, string file) => Path.Combine(Root, tenantId, file);

    public string[] Lines(string tenantId, string file) => File.ReadAllLines(PathOf(tenantId, file));

    /// <summary>Replaces the first line containing <paramref name="contains"/>; returns its 1-based line number.</summary>
    public int ReplaceLine(string tenantId, string file, string contains, Func<string, string> change)
    {
        var lines = Lines(tenantId, file);
        var index = Array.FindIndex(lines, l => l.Contains(contains, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line containing '{contains}' in {tenantId}/{file}");
        lines[index] = change(lines[index]);
        File.WriteAllLines(PathOf(tenantId, file), lines);
        return index + 1;
    }

    /// <summary>Inserts a line after the last line containing <paramref name="contains"/>; returns the new line's number.</summary>
    public int InsertAfterLast(string tenantId, string file, string contains, string line)
    {
        var lines = Lines(tenantId, file).ToList();
        var index = lines.FindLastIndex(l => l.Contains(contains, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line containing '{contains}' in {tenantId}/{file}");
        lines.Insert(index + 1, line);
        File.WriteAllLines(PathOf(tenantId, file), lines);
        return index + 2;
    }

    public TenantDirectory Load() => TenantDirectory.Load(Root);

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
