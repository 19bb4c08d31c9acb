namespace SegmentAI.Evals.Gates;

/// <summary>A shadow-review item a gate run sent to review (items are addressed per tenant).</summary>
/// <param name="TenantId">Tenant whose production query it is.</param>
/// <param name="Id">Item id in the review queue.</param>
public sealed record ReviewItemReference(string TenantId, long Id);
