using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Memory;

/// <summary>Turns a failed turn into the problem text its error pattern is counted under; shared by every log store.</summary>
public static partial class ErrorPatterns
{
    /// <summary>Reply kinds counted as failures.</summary>
    public static readonly IReadOnlySet<string> FailureKinds = new HashSet<string>(StringComparer.Ordinal) { "error", "refusal" };

    /// <summary>
    /// The problem of a failed turn with numbers and quoted text replaced, so "no facet for 'x'" and "no facet for 'y'"
    /// count as one pattern; null for turns that did not fail.
    /// </summary>
    public static string? Classify(TurnRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!FailureKinds.Contains(record.ReplyKind))
        {
            return null;
        }

        var problem = Quoted().Replace(record.Problem ?? record.ReplyKind, "'…'");
        problem = Number().Replace(problem, "#");
        return problem.Length <= 200 ? problem : problem[..200];
    }

    [GeneratedRegex("(\"[^\"]*\"|'[^']*'|“[^”]*”)", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
