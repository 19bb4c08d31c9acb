using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Api;

/// <summary>Who a REST request is from: an enrolled user of one tenant, with their role there.</summary>
/// <param name="Tenant">The tenant every operation of the request is scoped to.</param>
/// <param name="UserId">The user's id in tenant.yaml.</param>
/// <param name="Role">The user's role, which decides what they may do.</param>
internal sealed record ApiCaller(Tenant Tenant, string UserId, string Role)
{
    private const string ItemKey = "SegmentAI.ApiCaller";

    /// <summary>The caller the caller filter admitted for this request.</summary>
    public static ApiCaller From(HttpContext context) =>
        context.Items[ItemKey] as ApiCaller ?? throw new InvalidOperationException("the REST API caller filter did not run for this endpoint");

    /// <summary>The tenant's library as this caller may use it: each operation checks their role and is recorded as theirs.</summary>
    public AuthorizedSegmentLibrary Segments(ISegmentLibrary store, PermissionChecker permissions) =>
        new(store, permissions, Tenant.Config, UserId, trustUnknownUsers: false);

    /// <summary>Attaches the admitted caller to the request.</summary>
    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
