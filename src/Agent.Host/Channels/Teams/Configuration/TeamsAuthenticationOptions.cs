namespace SegmentAI.Host.Channels.Teams.Configuration;

/// <summary>Inbound authentication of the Teams channel (section <c>Teams:Authentication</c>).</summary>
internal sealed class TeamsAuthenticationOptions
{
    /// <summary>
    /// True accepts activities without a Bot Connector token (local development with a tunnel or the emulator only);
    /// the host logs a warning at start-up while it is set.
    /// </summary>
    public bool Disabled { get; set; }
}
