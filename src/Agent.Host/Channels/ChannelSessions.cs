using System.Security.Cryptography;
using System.Text;

namespace SegmentAI.Host.Channels;

/// <summary>
/// Session ids for chat channels whose conversations are shared: a Teams group chat or a Slack thread holds several
/// people, and each of them gets their own session there, so one person's clarification never answers another's.
/// </summary>
internal static class ChannelSessions
{
    /// <summary>
    /// A stable id for <paramref name="sender"/> in <paramref name="conversation"/>: the channel name and a hash, so
    /// channel ids (long, and full of characters that mean something elsewhere) never reach keys or logs.
    /// </summary>
    public static string For(string channel, string workspace, string conversation, string sender)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', channel, workspace, conversation, sender)));
        return $"{channel}-{Convert.ToHexStringLower(hash, 0, 12)}";
    }
}
