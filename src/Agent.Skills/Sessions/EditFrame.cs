using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Sessions;

/// <summary>
/// The words around a change to a draft that carry no condition: "what if we add Ohio, how many then?", "could you
/// drop the Texas part", "what about platinum?". The change is what is left; a "what about" / "how about" that names
/// another value of a condition the draft already has proposes that value instead.
/// </summary>
internal static partial class EditFrame
{
    /// <summary>Whether <paramref name="text"/> is framed as a change to the draft ("what if …", "what about …", "… of them …").</summary>
    public static bool IsFramedChange(string text) =>
        Proposal().IsMatch(text.Trim()) || WhatIf().IsMatch(text.Trim()) || Obligation().IsMatch(text.Trim()) || PointsAtDraft().IsMatch(text);

    /// <summary>The change <paramref name="text"/> asks for, without its frame; <c>Proposed</c> when it was "what about X".</summary>
    public static (string Change, bool Proposed) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var change = SizeTail().Replace(text.Trim(), "").Trim();
        var proposed = false;
        if (Proposal().Match(change) is { Success: true } proposal)
        {
            change = change[(proposal.Index + proposal.Length)..];
            proposed = true;
        }
        else if (WhatIf().Match(change) is { Success: true } whatIf)
        {
            change = change[(whatIf.Index + whatIf.Length)..];
        }

        change = Politeness().Replace(Anaphora().Replace(change, ""), "");
        change = ListReference().Replace(change, " ").Trim().TrimEnd('?', '.', '!').Trim();
        return (change.Length > 0 ? change : text.Trim(), proposed);
    }

    [GeneratedRegex(@"^(?:(?:ok|okay|and|so|hmm|then|now)[,.!]?\s+)*(?:what|how)\s+about\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"^(?:(?:ok|okay|and|so|hmm|then|now)[,.!]?\s+)*what\s+if\s+(?:we|i|you)\s+(?:just\s+(?=only\b))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIf();

    // "how many of them are women?", "which of those live in Ohio": words that point back at the draft narrow it.
    [GeneratedRegex(@"\b(?:of|among(?:st)?|out\s+of)\s+(?:them|those|these)\b(?!\s+(?:categories|products|items|brands|departments|states|apps|stores|deals|plans|tiers|regions|offices|teams)\b)|\b(?:of|among(?:st)?|out\s+of|from|in|within)\s+(?:that|this|the)\s+(?:group|list|segment|audience|lot|bunch|draft|set)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsAtDraft();

    // "among them, just the women": the draft is what they point at, which an edit works on anyway.
    [GeneratedRegex(@"^(?:and\s+)?(?:among(?:st)?|of|from|out\s+of)\s+(?:them|those|these)\b[\s,:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphora();

    // "they should also have logged in this week": a requirement on the people the draft already holds.
    [GeneratedRegex(@"^(?:(?:and|but|ok|okay|so)[,.!]?\s+)*(?:they|those|these|the\s+ones)\s+(?:should|must|need\s+to|have\s+to|ought\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Obligation();

    // "include tyres in that list as well": the list is the draft's, which the change finds by the value's facet.
    [GeneratedRegex(@"\s+(?:in|to|on|into)\s+(?:that|the|this|our|my)\s+list\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListReference();

    [GeneratedRegex(@"^(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|let'?s\s+|i'?d\s+like\s+(?:you\s+)?to\s+|i\s+(?:want|need)\s+(?:you\s+)?to\s+|(?:they|those|these|the\s+ones)\s+(?:should|must|need\s+to|have\s+to|ought\s+to)\s+(?:also\s+)?(?:have\s+)?)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Politeness();

    [GeneratedRegex(@"[,;]?\s*(?:and\s+|so\s+)?(?:how\s+many(?:\s+(?:then|now|is\s+that|are\s+there|would\s+that\s+(?:be|give\s+(?:me|us))|does\s+that\s+(?:leave|give)(?:\s+(?:me|us))?|do\s+we\s+get|left))?|what'?s\s+the\s+(?:size|count)(?:\s+(?:then|now))?)\s*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizeTail();
}
