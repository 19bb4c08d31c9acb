namespace SegmentAI.Skills.Tenants;

/// <summary>A person enrolled in exactly one tenant, with the channel identities that map to them.</summary>
/// <param name="Id">User id, unique across all tenants.</param>
/// <param name="DisplayName">Name shown in replies.</param>
/// <param name="Role">Name of the user's role.</param>
/// <param name="ChannelIds">
/// The user's id on each chat channel, by channel name (<c>channel_ids: { teams: &lt;Entra object id&gt;, slack: &lt;user id&gt; }</c>);
/// a new channel is a new key, not a new field.
/// </param>
public sealed record TenantUser(string Id, string DisplayName, string Role, IReadOnlyDictionary<string, string> ChannelIds)
{
    /// <summary>1-based line of the user's entry in tenant.yaml, or 0 when it was not read from a file.</summary>
    public int Line { get; init; }

    /// <summary>The user's id on <paramref name="channel"/>, or null when they are not enrolled there.</summary>
    public string? ChannelId(string channel) => ChannelIds.GetValueOrDefault(channel);
}
