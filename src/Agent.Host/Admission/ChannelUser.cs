using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Admission;

/// <summary>The tenant user a channel sender maps to.</summary>
/// <param name="Tenant">The tenant they are enrolled in.</param>
/// <param name="User">Their enrolment (id and role).</param>
internal sealed record ChannelUser(Tenant Tenant, TenantUser User);
