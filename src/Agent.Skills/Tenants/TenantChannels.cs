namespace SegmentAI.Skills.Tenants;

/// <summary>
/// The chat workspaces a tenant is reachable from. A Teams or Slack user is only mapped to this tenant when their
/// message comes from one of these workspaces; an empty list accepts any workspace (the user mapping alone decides).
/// </summary>
/// <param name="TeamsTenantIds">Microsoft Entra tenant ids (<c>channelData.tenant.id</c> of Teams activities).</param>
/// <param name="SlackTeamIds">Slack workspace ids (<c>team_id</c> of Slack events).</param>
public sealed record TenantChannels(IReadOnlyList<string> TeamsTenantIds, IReadOnlyList<string> SlackTeamIds)
{
    /// <summary>No workspace restriction.</summary>
    public static TenantChannels Any { get; } = new([], []);
}
