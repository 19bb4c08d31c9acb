using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Sessions;

/// <summary>
/// Splits a compound change to a draft into its edits: "only online orders and make it 90 days", "remove Texas and
/// add people with kids", "drop Michigan, then make it the last 12 months", "make it 4 orders and 90 days" (a period
/// said last, alone, is an edit of its own). A split happens only where the next words
/// start another edit, so "add Texas and Florida" or "remove the toys and games part" stay one edit.
/// </summary>
internal static partial class EditClauses
{
    // A period said alone to the end of the message or of its edit: "… and 90 days", "and the last 2 weeks", "… and ten
    // days, and take out the free plan".
    private const string Period = @"(?:(?:the\s+)?(?:last|past)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:days?|weeks?|months?|years?)(?:[\s.!]*$|(?=\s*[,;]|\s+(?:and|then|but)\s))";

    /// <summary>The edits of <paramref name="text"/> in the order said; one element when it is a single edit.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = new List<string>();
        var cursor = 0;
        foreach (Match joint in Joint().Matches(text))
        {
            if (joint.Index > cursor)
            {
                clauses.Add(text[cursor..joint.Index].Trim());
            }

            cursor = joint.Index + joint.Length;
        }

        clauses.Add(text[cursor..].Trim());

        // "ok, just add gold members": a lead-in of filler words belongs to the edit after it.
        var merged = new List<string>();
        var carried = "";
        foreach (var clause in clauses.Where(c => c.Length > 0))
        {
            if (FillerOnly().IsMatch(clause))
            {
                carried = $"{carried}{clause}, ";
                continue;
            }

            // "make it 4 orders and 90 days": the period said alone is changed as the edit before it changed its number.
            merged.Add(carried + (merged.Count > 0 && PeriodOnly().IsMatch(clause) ? $"make it {clause}" : clause));
            carried = "";
        }

        return merged.Count > 0 ? merged : [text.Trim()];
    }

    /// <summary>Joins edits back into one message (after one was completed by the answer to a question).</summary>
    public static string Join(IEnumerable<string> clauses) => string.Join(" and ", clauses);

    [GeneratedRegex("^" + Period, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodOnly();

    [GeneratedRegex(@"^(?:(?:ok|okay|fine|great|sure|alright|all\s+right|actually|now|so|well|hmm|then|please|cool|thanks|thank\s+you|yes|yeah|right|good|perfect|nice|wait|oh|and|but|no|nope|sorry|oops|hmm|same(?:\s+thing|\s+again|\s+as\s+before)?)[\s,.!]*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerOnly();

    [GeneratedRegex(
        @"\s*(?:,\s*(?:and\s+)?(?:then\s+)?|;\s*|\s+&\s+|\s+(?:and|but)\s+(?:then\s+)?(?:also\s+)?|\s+then\s+)(?=(?:also\s+|please\s+)?(?:remove|drop|delete|take\s+out|get\s+rid\s+of|forget\s+(?:about\s+)?the|lose\s+the|skip\s+the|ditch|scrap|add|include|throw\s+in|toss\s+in|bring\s+in|bring\s+(?:it|that|this|them)\s+(?:down|up|back)|take\s+|exclude|excluding|except|make\s+(?:it|that|the)|change|set|switch|swap|replace|only|just|limit|restrict|narrow|keep\s+only|widen|extend|expand|shorten|raise|lower|increase|decrease|bump|look\s+(?:at|back)|use|go\s+(?:back\s+)?to|move|push|cut|trim|stretch|broaden|reduce|leave\s+out|filter\s+out|rule\s+out)\b|(?<!\bbetween\s+\S+\s+and\s*)" + Period + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joint();
}
