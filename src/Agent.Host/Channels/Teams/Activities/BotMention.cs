using System.Text.RegularExpressions;

namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>
/// Removes the bot's own mention from a message. In a channel or group chat the text starts with
/// <c>&lt;at&gt;SegmentAI&lt;/at&gt;</c>; the mention entity whose <c>mentioned.id</c> is the bot (the activity's
/// recipient) carries that exact markup, so only it is removed and mentions of other people stay in the text.
/// </summary>
internal static partial class BotMention
{
    /// <summary>The activity's text without the bot's mention, whitespace collapsed; empty when nothing else was written.</summary>
    public static string Strip(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var bot = activity.Recipient?.Id;
        if (bot is not null)
        {
            foreach (var entity in activity.Entities ?? [])
            {
                if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(entity.Mentioned?.Id, bot, StringComparison.Ordinal)
                    && !string.IsNullOrEmpty(entity.Text))
                {
                    text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
                }
            }
        }

        return Whitespace().Replace(text.Replace("&nbsp;", " ", StringComparison.Ordinal), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
