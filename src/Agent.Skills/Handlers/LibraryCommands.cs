using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Handlers;

/// <summary>
/// The shapes of the saved-segment commands (save, rename, duplicate, list, show by name). Segment management runs
/// them; explanation leaves them alone, so whichever of the two is asked first, each command has one meaning.
/// </summary>
internal static partial class LibraryCommands
{
    /// <summary>Whether <paramref name="text"/> (trimmed, without final punctuation) is a saved-segment command.</summary>
    public static bool IsCommand(string text) =>
        SaveRequest().IsMatch(text) || RenameRequest().IsMatch(text) || DuplicateRequest().IsMatch(text) || ListRequest().IsMatch(text)
        || ShowsSaved(text) is not null;

    /// <summary>The saved segment "show …" names, or null when it names none (or names the draft).</summary>
    public static string? ShowsSaved(string text) =>
        ShowRequest().Match(text) is { Success: true } show && show.Groups["name"].Success && !DraftWords().IsMatch(show.Groups["name"].Value)
            ? show.Groups["name"].Value
            : null;

    [GeneratedRegex(@"\b(?:save|store|keep)\b(?:\s+(?:it|this|that|the segment|the draft|this draft|this segment))?(?:\s+(?:as|under(?:\s+the\s+name)?|named|called|with\s+the\s+name)\s+(?<name>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SaveRequest();

    [GeneratedRegex(@"\brename\s+(?<old>.+?)\s+(?:to|as)\s+(?<new>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RenameRequest();

    [GeneratedRegex(@"\b(?:duplicate|copy|clone)\s+(?<old>.+?)(?:\s+(?:as|to|named|called)\s+(?<new>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DuplicateRequest();

    [GeneratedRegex(@"\b(list|show|what are|which)\b.*\bsegments\b|\bmy segments\b|\bsaved segments\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ListRequest();

    // How to explain ("in plain English", "again", "with the SQL") is not part of what to explain.
    [GeneratedRegex(@"\b(?:show|open|explain|describe|load)\s+(?:me\s+)?(?:the\s+)?(?:segment\s+)?(?<name>.+?)(?:,?\s+(?:in\s+(?:plain|simple|simpler)\s+(?:english|terms|words|language)|simply|again|please|for\s+me|briefly|(?:with|including|and|plus)\s+(?:the\s+|its\s+)?sql(?:\s+query)?|sql\s+too))*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ShowRequest();

    [GeneratedRegex(@"\b(?:delete|remove|drop|trash|nuke|kill|wipe)\s+(?:the\s+)?(?:segment\s+)?(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DeleteRequest();

    [GeneratedRegex(@"^(it|this|that|this one|the segment|the draft|my segment|current( segment)?|the current one|this segment|that segment)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DraftWords();

    [GeneratedRegex(@"\b(explain|describe|why|what is|what's|how (big|many|large)|size|show|sql|logic|details)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ExplainWords();

    [GeneratedRegex(@"^\s*(no|nope|cancel|keep|don't|do not|stop)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NoWords();
}
