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
}
