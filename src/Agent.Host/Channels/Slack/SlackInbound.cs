using System.Text.Json;
using System.Text.RegularExpressions;
using SegmentAI.Host.Admission;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Turns what Slack sends into queued turns: an <c>app_mention</c> or a direct message becomes a message to the
/// agent in its thread's session; a button click becomes the chat text it stands for in the same session. Everything
/// else (the bot's own messages, other bots, edits, deletions, joins) is ignored, with the reason for the log.
/// </summary>
internal static class SlackInbound
{
    // What people write: plain messages, thread replies also sent to the channel, messages with files, /me.
    private static readonly HashSet<string> PersonSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "file_share", "me_message" };

    /// <summary>The turn for an <c>event_callback</c>, or null with <paramref name="ignored"/> saying why not.</summary>
    public static SlackTurn? FromEvent(SlackEnvelope envelope, string? configuredBotUserId, out string? ignored)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var e = Read(envelope.Event, out ignored);
        ignored ??= e switch
        {
            null => "no event",
            { Type: "message", ChannelType: not "im" } => $"message in a {e.ChannelType ?? "unknown"} channel (only mentions are answered there)",
            { Subtype: { } subtype } when !PersonSubtypes.Contains(subtype) => $"message subtype {subtype}",
            { BotId: { Length: > 0 } } => "a bot's message",
            { User: null or "" } => "no user",
            { Channel: null or "" } or { Ts: null or "" } => "no channel or ts",
            _ => null,
        };
        if (ignored is not null)
        {
            return null;
        }

        var bots = BotUserIds(envelope, configuredBotUserId);
        if (bots.Contains(e!.User!))
        {
            ignored = "the bot's own message";
            return null;
        }

        var workspace = envelope.TeamId ?? e.Team;
        if (string.IsNullOrEmpty(workspace))
        {
            ignored = "no team";
            return null;
        }

        var threadTs = string.IsNullOrEmpty(e.ThreadTs) ? e.Ts! : e.ThreadTs;
        var message = new ChannelMessage(
            ChannelNames.Slack,
            workspace,
            e.User!,
            ChannelSessions.For(ChannelNames.Slack, workspace, e.Channel + ":" + threadTs, e.User!),
            StripMentions(e.Text ?? string.Empty, bots),
            DeliveryId: envelope.EventId ?? $"{e.Channel}:{e.Ts}");
        return new SlackTurn(message, e.Channel!, threadTs);
    }

    /// <summary>
    /// The turn for a <c>block_actions</c> click, or null: with <paramref name="missing"/> naming the fields a valid
    /// click must have, or with <paramref name="ignored"/> saying why it is not for the agent.
    /// </summary>
    public static SlackTurn? FromInteraction(SlackInteraction interaction, Uri responseUrl, out IReadOnlyList<string> missing, out string? ignored)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ignored = null;
        var action = interaction.Actions is { Count: > 0 } actions ? actions[0] : null;
        var user = interaction.User?.Id;
        var workspace = interaction.Team?.Id ?? interaction.User?.TeamId;
        var channel = interaction.Channel?.Id ?? interaction.Container?.ChannelId;
        var ts = interaction.Message?.Ts ?? interaction.Container?.MessageTs;
        var required = new (string Field, string? Value)[]
        {
            ("user.id", user), ("team.id", workspace), ("channel.id", channel), ("message.ts", ts), ("actions[0].action_id", action?.ActionId),
        };
        missing = [.. required.Where(r => string.IsNullOrEmpty(r.Value)).Select(r => r.Field)];
        if (missing.Count > 0)
        {
            return null;
        }

        if (SlackActions.ToChatText(action!.ActionId, action.Value) is not { } text)
        {
            ignored = $"action {action.ActionId} is not one of SegmentAI's buttons";
            return null;
        }

        var threadTs = interaction.Message?.ThreadTs ?? interaction.Container?.ThreadTs ?? ts!;
        var click = interaction.TriggerId is { Length: > 0 } trigger ? trigger : $"{action.ActionTs ?? ts}:{user}";
        var message = new ChannelMessage(
            ChannelNames.Slack,
            workspace!,
            user!,
            ChannelSessions.For(ChannelNames.Slack, workspace!, channel + ":" + threadTs, user!),
            text,
            DeliveryId: "click:" + click);
        return new SlackTurn(message, channel!, threadTs, responseUrl);
    }

    private static SlackEvent? Read(JsonElement? element, out string? ignored)
    {
        ignored = null;
        if (element is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        var type = json.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (type is not ("app_mention" or "message"))
        {
            ignored = $"event type {type}";
            return null;
        }

        try
        {
            return json.Deserialize<SlackEvent>(SlackJson.Options);
        }
        catch (JsonException)
        {
            ignored = $"a {type} event of an unexpected shape";
            return null;
        }
    }

    private static HashSet<string> BotUserIds(SlackEnvelope envelope, string? configured)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var authorization in envelope.Authorizations ?? [])
        {
            // An installation by a person (is_bot false) names that person, who is a user like any other.
            if (authorization.IsBot != false && !string.IsNullOrEmpty(authorization.UserId))
            {
                ids.Add(authorization.UserId);
            }
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            ids.Add(configured.Trim());
        }

        return ids;
    }

    private static string StripMentions(string text, HashSet<string> bots)
    {
        foreach (var bot in bots)
        {
            text = Regex.Replace(text, $@"<@{Regex.Escape(bot)}(?:\|[^<>]*)?>", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return text.Trim();
    }
}
