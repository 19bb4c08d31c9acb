namespace SegmentAI.Skills.Hosting;

/// <summary>Settings of the reasoning core, bound from the <c>SegmentAI</c> configuration section.</summary>
public sealed class SegmentAiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "SegmentAI";

    /// <summary>Repository root; discovered from the working directory when empty.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>Tenants folder; <c>tenants/</c> under the root when empty.</summary>
    public string? TenantsDirectory { get; set; }

    /// <summary>The layout at <see cref="RepositoryRoot"/>, or the discovered one when it is empty.</summary>
    public RepositoryLayout Layout() =>
        string.IsNullOrWhiteSpace(RepositoryRoot) ? RepositoryLayout.Discover() : new RepositoryLayout(RepositoryRoot);

    /// <summary>The tenants folder: <see cref="TenantsDirectory"/> resolved against <paramref name="layout"/>, or its <c>tenants/</c>.</summary>
    public string TenantsFolder(RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return string.IsNullOrWhiteSpace(TenantsDirectory) ? layout.Tenants : layout.Resolve(TenantsDirectory);
    }
}
