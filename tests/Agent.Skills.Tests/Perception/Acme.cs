using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

/// <summary>The repository's acme-retail tenant and the as-of date the perception tests use.</summary>
internal static class Acme
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    public static Tenant Tenant => RepositoryTenants.Directory.Get("acme-retail");
}
