using System.Collections.Frozen;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Channels;

/// <summary>
/// Maps channel senders to tenant users through tenant.yaml: a Teams AAD object id (<c>teams_aad_object_id</c>) or a
/// Slack user id (<c>slack_user_id</c>), accepted only from the workspaces the tenant lists under <c>channels</c>;
/// web senders are tenant users already. Anyone else is not enrolled.
/// </summary>
internal sealed class ChannelIdentityMap
{
    private readonly TenantDirectory _tenants;
    private readonly FrozenDictionary<string, ChannelUser> _teams;
    private readonly FrozenDictionary<string, ChannelUser> _slack;

    public ChannelIdentityMap(TenantDirectory tenants)
    {
        _tenants = tenants;
        var everyone = tenants.Tenants.SelectMany(t => t.Config.Users.Select(u => new ChannelUser(t, u))).ToList();
        _teams = Index(everyone, u => u.User.TeamsAadObjectId, StringComparer.OrdinalIgnoreCase);
        _slack = Index(everyone, u => u.User.SlackUserId, StringComparer.Ordinal);
    }

    /// <summary>The tenant user who sent <paramref name="message"/>, or null when the sender is not enrolled.</summary>
    public ChannelUser? Resolve(ChannelMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Channel switch
        {
            ChannelNames.Teams => Find(_teams, message, t => t.TeamsTenantIds, StringComparer.OrdinalIgnoreCase),
            ChannelNames.Slack => Find(_slack, message, t => t.SlackTeamIds, StringComparer.Ordinal),
            _ => _tenants.Find(message.Workspace) is { } tenant && tenant.Config.FindUser(message.SenderId) is { } user
                ? new ChannelUser(tenant, user)
                : null,
        };
    }

    private static ChannelUser? Find(
        FrozenDictionary<string, ChannelUser> users, ChannelMessage message, Func<TenantChannels, IReadOnlyList<string>> workspaces, StringComparer comparer)
    {
        if (!users.TryGetValue(message.SenderId, out var user))
        {
            return null;
        }

        var allowed = workspaces(user.Tenant.Config.Channels);
        return allowed.Count == 0 || allowed.Contains(message.Workspace, comparer) ? user : null;
    }

    private static FrozenDictionary<string, ChannelUser> Index(List<ChannelUser> users, Func<ChannelUser, string?> id, StringComparer comparer) =>
        users.Where(u => !string.IsNullOrWhiteSpace(id(u)))
            .GroupBy(u => id(u)!, comparer)
            // An identity enrolled by two tenants is ambiguous, so it maps to neither rather than to whichever loaded first.
            .Where(g => g.Select(u => u.Tenant.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First(), comparer);
}
