using SegmentAI.Host.Admission;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>The plural noun of the sender's tenant ("customers", "employees"), for sizes on cards.</summary>
internal static class EntityNouns
{
    private const string Default = "customers";

    public static string For(ChannelIdentityMap identities, ChannelMessage message)
    {
        ArgumentNullException.ThrowIfNull(identities);
        return identities.Resolve(message.Channel, message.Workspace, message.SenderId)?.Tenant.Config.Entity.Noun ?? Default;
    }
}
