namespace SegmentAI.Skills.Perception;

/// <summary>
/// The American spellings a British-spelled word may have ("licence" → "license", "programme" → "program",
/// "cancelled" → "canceled"). Catalogs are written in one spelling; a user writes in theirs. The corrector only
/// takes a form the tenant's lexicon knows, so a rule that misfires on another word ("hour" → "hor") finds nothing.
/// </summary>
internal static class BritishSpelling
{
    private static readonly (string British, string American)[] Words =
    [
        ("programme", "program"), ("jewellery", "jewelry"), ("cheque", "check"), ("grey", "gray"), ("tyre", "tire"),
        ("enrol", "enroll"), ("enrolment", "enrollment"), ("whilst", "while"), ("mum", "mom"), ("aluminium", "aluminum"),
    ];

    private static readonly (string British, string American)[] Parts =
    [
        ("licenc", "licens"), ("defenc", "defens"), ("offenc", "offens"), ("our", "or"), ("isation", "ization"),
        ("ise", "ize"), ("ising", "izing"), ("ised", "ized"), ("yse", "yze"), ("ysed", "yzed"), ("ogue", "og"),
        ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("tre", "ter"), ("tres", "ters"),
    ];

    /// <summary>American forms of <paramref name="lowerWord"/>, most specific first; empty for most words.</summary>
    public static IEnumerable<string> AmericanForms(string lowerWord)
    {
        foreach (var (british, american) in Words)
        {
            if (lowerWord == british || lowerWord == british + "s")
            {
                yield return american + lowerWord[british.Length..];
            }
        }

        foreach (var (british, american) in Parts)
        {
            var at = lowerWord.LastIndexOf(british, StringComparison.Ordinal);
            // A short part at the very start is a different word ("our" in "ours"); a stem such as "licenc" is not.
            if (at > 0 || (at == 0 && british.Length > 4))
            {
                yield return string.Concat(lowerWord.AsSpan(0, at), american, lowerWord.AsSpan(at + british.Length));
            }
        }
    }
}
