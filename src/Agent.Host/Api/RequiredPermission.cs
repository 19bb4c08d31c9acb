using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Api;

/// <summary>Endpoint metadata: the tenant permission a REST endpoint needs; <see cref="ApiCallerFilter"/> enforces it.</summary>
/// <param name="Permission">The permission.</param>
internal sealed record RequiredPermission(TenantPermission Permission);
