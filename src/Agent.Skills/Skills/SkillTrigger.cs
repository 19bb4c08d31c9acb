using System.Text.RegularExpressions;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Skills;

/// <summary>A pattern that, when it matches a message, routes it to <see cref="Intent"/> without asking the text model.</summary>
/// <param name="Pattern">The regular expression as written in the file (matched case-insensitively).</param>
/// <param name="Intent">Intent the pattern signals.</param>
/// <param name="Regex">The compiled pattern.</param>
public sealed record SkillTrigger(string Pattern, Intent Intent, Regex Regex)
{
    /// <summary>Longest a trigger may take on one message; a pathological pattern must not stall the agent.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    /// <summary>True when the pattern matches <paramref name="text"/>.</summary>
    public bool Matches(string text)
    {
        try
        {
            return Regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> the pattern matches (0 when it does not, or times out): the
    /// longer the match, the more specific the trigger is to these words.
    /// </summary>
    public int MatchLength(string text)
    {
        try
        {
            return Regex.Match(text) is { Success: true } match ? Math.Max(match.Length, 1) : 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }

    /// <summary>Compiles <paramref name="pattern"/>; returns null and an error message when it is not a valid expression.</summary>
    public static SkillTrigger? TryCreate(string pattern, Intent intent, out string? error)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
            error = null;
            return new SkillTrigger(pattern, intent, regex);
        }
        catch (ArgumentException ex)
        {
            error = $"is not a valid regular expression: {ex.Message}";
            return null;
        }
    }
}
