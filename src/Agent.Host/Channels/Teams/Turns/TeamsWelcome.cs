namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>What the bot says when it is added to a chat, a group chat or a team.</summary>
internal static class TeamsWelcome
{
    public const string Text =
        "Hi, I'm **SegmentAI**. Describe the customers you want to reach in plain words and I'll turn it into a segment: " +
        "the conditions I matched in your catalog, its size, the SQL and any assumptions I made.\n\n" +
        "Try for example:\n" +
        "- customers who buy baby products at least twice a week\n" +
        "- gold members in Texas who bought something recently\n" +
        "- lapsed customers who used to spend a lot\n\n" +
        "Then refine it (\"only gold members\"), ask me to \"explain it\", or \"save it as …\". " +
        "In a channel or group chat, @mention me so I know you're talking to me.";
}
