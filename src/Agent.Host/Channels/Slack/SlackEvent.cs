namespace SegmentAI.Host.Channels.Slack;

/// <summary>An <c>app_mention</c> or <c>message</c> event (only the fields the channel reads).</summary>
/// <param name="Type"><c>app_mention</c> or <c>message</c>.</param>
/// <param name="Subtype">Absent for what a person wrote; <c>bot_message</c>, <c>message_changed</c>, ... otherwise.</param>
/// <param name="User">Who wrote it.</param>
/// <param name="BotId">Present when a bot wrote it.</param>
/// <param name="Text">What they wrote, in Slack's markup.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="ChannelType"><c>im</c> for a direct message with the bot.</param>
/// <param name="Ts">The message's timestamp, its id within the channel.</param>
/// <param name="ThreadTs">The thread's parent timestamp, when the message is in a thread.</param>
/// <param name="Team">The writer's workspace.</param>
internal sealed record SlackEvent(
    string? Type = null,
    string? Subtype = null,
    string? User = null,
    string? BotId = null,
    string? Text = null,
    string? Channel = null,
    string? ChannelType = null,
    string? Ts = null,
    string? ThreadTs = null,
    string? Team = null);
