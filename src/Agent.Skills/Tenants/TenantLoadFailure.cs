using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Tenants;

/// <summary>A tenant folder that could not be loaded, and every reason why.</summary>
/// <param name="TenantId">The folder name.</param>
/// <param name="Issues">Problems, each with file, line and field.</param>
public sealed record TenantLoadFailure(string TenantId, IReadOnlyList<ConfigurationIssue> Issues)
{
    /// <inheritdoc />
    public override string ToString() => $"tenant '{TenantId}' did not load: {string.Join("; ", Issues)}";
}
