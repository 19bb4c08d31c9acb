using System.Globalization;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// The buttons under a reply and the chat text each one stands for, so a click is one more message in the thread's
/// conversation: a clarification option is answered with its label, Save with "save it as &lt;name&gt;", Explain with
/// "explain it", and the ratings with 👍 or 👎.
/// </summary>
internal static class SlackActions
{
    public const string Save = "segmentai_save";

    public const string Explain = "segmentai_explain";

    public const string ThumbsUp = "segmentai_thumbs_up";

    public const string ThumbsDown = "segmentai_thumbs_down";

    /// <summary>Slack's limit on a button's value.</summary>
    public const int MaxValueLength = 2000;

    private const string OptionPrefix = "segmentai_option_";

    /// <summary>The action id of the clarification option at 1-based <paramref name="number"/>.</summary>
    public static string Option(int number) => OptionPrefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value an option button carries: its label, or its number when the label is too long for a value.</summary>
    public static string OptionValue(int number, string label) =>
        label.Length <= MaxValueLength ? label : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value the Save button carries: the segment's suggested name, cut to fit.</summary>
    public static string SaveValue(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length <= MaxValueLength ? trimmed : SlackMrkdwn.Cut(trimmed, MaxValueLength);
    }

    /// <summary>What the user says by clicking <paramref name="actionId"/>; null for a button this app did not send.</summary>
    public static string? ToChatText(string? actionId, string? value)
    {
        if (actionId is null)
        {
            return null;
        }

        if (actionId.StartsWith(OptionPrefix, StringComparison.Ordinal))
        {
            return string.IsNullOrWhiteSpace(value) ? actionId[OptionPrefix.Length..] : value;
        }

        return actionId switch
        {
            Save => string.IsNullOrWhiteSpace(value) ? "save it" : $"save it as {value.Trim()}",
            Explain => "explain it",
            ThumbsUp => "👍",
            ThumbsDown => "👎",
            _ => null,
        };
    }
}
