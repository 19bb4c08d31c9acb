namespace SegmentAI.Skills.Promotion;

/// <summary>
/// Where a version is live: globally (the manifest's <c>active</c> map) or for one tenant (a pin under the
/// manifest's <c>tenants</c> map).
/// </summary>
/// <param name="TenantId">The tenant whose pin changes, or null for the global active version.</param>
public sealed record PromotionScope(string? TenantId)
{
    /// <summary>Name of the global scope in APIs and storage.</summary>
    public const string GlobalName = "global";

    /// <summary>The global active version.</summary>
    public static PromotionScope Global { get; } = new((string?)null);

    /// <summary>True for the global active version.</summary>
    public bool IsGlobal => TenantId is null;

    /// <summary>The pin of <paramref name="tenantId"/>.</summary>
    public static PromotionScope Tenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new PromotionScope(tenantId);
    }

    /// <summary><c>global</c> or <c>tenant:&lt;id&gt;</c>.</summary>
    public override string ToString() => TenantId is null ? GlobalName : $"tenant:{TenantId}";
}
