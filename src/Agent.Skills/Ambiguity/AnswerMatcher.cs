using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Ambiguity;

/// <summary>
/// Maps a reply to one of the options the agent offered: by number ("2", "option 2"), ordinal ("the second
/// one"), or wording ("30 days", "single transaction"). Returns null when the reply names none of them, so the
/// caller can treat it as a new request or a free-form answer.
/// </summary>
internal static partial class AnswerMatcher
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    /// <summary>The option the reply chooses, or null.</summary>
    public static AmbiguityOption? Match(string reply, IReadOnlyList<AmbiguityOption> options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        var text = reply.Trim().ToLowerInvariant();
        if (options.Count == 0 || text.Length == 0)
        {
            return null;
        }

        if (NumberPattern().Match(text) is { Success: true } number && int.TryParse(number.Groups[1].Value, out var index) && index >= 1 && index <= options.Count)
        {
            return options[index - 1];
        }

        for (var i = 0; i < Math.Min(options.Count, Ordinals.Length); i++)
        {
            if (Regex.IsMatch(text, $@"\b(the\s+)?{Ordinals[i]}\b"))
            {
                return options[i];
            }
        }

        var exact = options.FirstOrDefault(o => string.Equals(o.Label, text, StringComparison.OrdinalIgnoreCase) || string.Equals(o.Id, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        // Otherwise the option sharing the most words with the reply wins, if it clearly beats the others.
        var replyWords = Words(text);
        var scored = options
            .Select(o => (Option: o, Score: Overlap(replyWords, Words(o.Label.ToLowerInvariant()))))
            .OrderByDescending(s => s.Score)
            .ToList();
        return scored[0].Score >= 0.5 && (scored.Count == 1 || scored[0].Score > scored[1].Score) ? scored[0].Option : null;
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Where(w => w is not ("the" or "a" or "an" or "in" or "of" or "one" or "last" or "please")).ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> reply, HashSet<string> label) =>
        label.Count == 0 ? 0 : (double)label.Count(reply.Contains) / label.Count;

    // "2", "option 2", "#2 please", "2) the second one": a digit on its own picks an option; "3 times a week" is wording.
    [GeneratedRegex(@"^(?:option\s*|#|number\s*|no\.?\s*)?(\d)(?:\s*[.):,!-]|\s*$|\s+(?:please|thanks|thank\s+you|it\s+is|is\s+fine|works|sounds\s+good)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[a-z0-9$]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
