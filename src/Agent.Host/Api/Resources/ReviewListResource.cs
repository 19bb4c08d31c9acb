namespace SegmentAI.Host.Api.Resources;

/// <summary>The caller's tenant's pending review items for a skill, oldest first.</summary>
/// <param name="Skill">Skill.</param>
/// <param name="Tenant">Tenant.</param>
/// <param name="Items">Pending items.</param>
internal sealed record ReviewListResource(string Skill, string Tenant, IReadOnlyList<ReviewItemResource> Items);
