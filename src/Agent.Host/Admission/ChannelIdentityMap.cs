using System.Collections.Frozen;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Admission;

/// <summary>
/// Maps channel senders to tenant users through tenant.yaml: the sender's id on the channel (<c>channel_ids</c>, e.g.
/// a Teams Entra object id or a Slack user id), accepted only from the workspaces the tenant lists under
/// <c>channels</c>; web senders are tenant users already. Anyone else is not enrolled.
/// </summary>
internal sealed class ChannelIdentityMap
{
    private readonly TenantDirectory _tenants;
    private readonly FrozenDictionary<string, FrozenDictionary<string, ChannelUser>> _byChannel;

    public ChannelIdentityMap(TenantDirectory tenants)
    {
        _tenants = tenants;
        var everyone = tenants.Tenants.SelectMany(t => t.Config.Users.Select(u => new ChannelUser(t, u))).ToList();
        _byChannel = everyone.SelectMany(u => u.User.ChannelIds.Keys).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(channel => channel, channel => Index(everyone, u => u.User.ChannelId(channel)), StringComparer.Ordinal);
    }

    /// <summary>
    /// The tenant user <paramref name="senderId"/> of <paramref name="workspace"/> is on <paramref name="channel"/>, or
    /// null when the sender is not enrolled.
    /// </summary>
    public ChannelUser? Resolve(string channel, string workspace, string senderId)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(senderId);
        return channel switch
        {
            ChannelNames.Teams => Find(channel, workspace, senderId, t => t.TeamsTenantIds, StringComparer.OrdinalIgnoreCase),
            ChannelNames.Slack => Find(channel, workspace, senderId, t => t.SlackTeamIds, StringComparer.Ordinal),
            _ when channel != ChannelNames.Web && _byChannel.ContainsKey(channel) => Find(channel, workspace, senderId, _ => [], StringComparer.Ordinal),
            _ => _tenants.Find(workspace) is { } tenant && tenant.Config.FindUser(senderId) is { } user
                ? new ChannelUser(tenant, user)
                : null,
        };
    }

    private ChannelUser? Find(string channel, string workspace, string senderId, Func<TenantChannels, IReadOnlyList<string>> workspaces, StringComparer comparer)
    {
        if (!_byChannel.TryGetValue(channel, out var users) || !users.TryGetValue(senderId, out var user))
        {
            return null;
        }

        var allowed = workspaces(user.Tenant.Config.Channels);
        return allowed.Count == 0 || allowed.Contains(workspace, comparer) ? user : null;
    }

    // Channel ids are matched without regard to case: Entra object ids are GUIDs written either way, Slack's are upper case.
    private static FrozenDictionary<string, ChannelUser> Index(List<ChannelUser> users, Func<ChannelUser, string?> id) =>
        users.Where(u => !string.IsNullOrWhiteSpace(id(u)))
            .GroupBy(u => id(u)!, StringComparer.OrdinalIgnoreCase)
            // An identity enrolled by two tenants is ambiguous, so it maps to neither rather than to whichever loaded first.
            .Where(g => g.Select(u => u.Tenant.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
}
