using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Evals.Contexts;

/// <summary>The tenant the conversation runs against: its catalog, allowed facets and size limits.</summary>
internal sealed class TenantContext(Tenant tenant) : EvaluationContext("tenant")
{
    /// <summary>The tenant.</summary>
    public Tenant Tenant { get; } = tenant ?? throw new ArgumentNullException(nameof(tenant));
}
