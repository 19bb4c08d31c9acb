using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Splits a segment request into sub-segments at its connectives ("and", "but", "or", "who", "excluding", ...)
/// while keeping each part's words verbatim. Spans the caller protects (dates such as "between March and May",
/// amounts such as "between $50 and $150", catalog values such as "Home &amp; Kitchen") are never split.
/// </summary>
internal static partial class RequestDecomposer
{
    // "serial raisers: two or more deals …": a few words before a colon may only name who the rest describes.
    private const int MostLabelWords = 4;

    /// <summary>Decomposes <paramref name="text"/>.</summary>
    /// <param name="text">The normalized, spell-corrected message.</param>
    /// <param name="protectedSpans">Spans that must stay whole.</param>
    /// <param name="terms">Catalog terms in the text: a term that starts with "non" ("non-members") is a value, not a negation.</param>
    /// <param name="values">Spans of catalog values: a value after "or" is not a second verb sharing a negation.</param>
    public static IReadOnlyList<SubSegment> Decompose(string text, IReadOnlyList<TextSpan> protectedSpans, IReadOnlyList<TextSpan>? terms = null, IReadOnlyList<TextSpan>? values = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(protectedSpans);
        var lead = LeadIn().Match(text);
        var start = lead.Success ? lead.Length : 0;
        var parts = new List<SubSegment>();
        // What the connective before the next part says of it; its text and place come when it is cut.
        // "anyone who turned down an offer, or enterprise users who bailed": the first part is a clause of its own.
        var cues = new SubSegment("", "", default, Negated: false, JoinedByOr: false) { Relative = lead.Success && EndsInRelativeWord().IsMatch(lead.Value) };
        var cursor = start;
        // Whether the parts being cut are the objects of an exclusion word ("excluding designers and anyone in brand").
        var excluding = false;
        foreach (Match split in Connective().Matches(text, start))
        {
            if (protectedSpans.Any(p => p.Contains(split.Index) || p.Contains(split.Index + split.Length - 1))
                || (EndsInPreposition().IsMatch(text[cursor..split.Index]) && split.Value.Trim().StartsWith("outside", StringComparison.OrdinalIgnoreCase)))
            {
                // "signed in from outside London": the place the verb's preposition leads to, not a part of its own.
                continue;
            }

            var added = Add(parts, text, cursor, split.Index, cues, terms ?? [], values ?? []);
            var word = split.Value.Trim().TrimStart(',').Trim().ToLowerInvariant();
            var ored = word is "or" or ", or";
            if (added && parts.Count == 1 && word == ":" && WordStems.Words(parts[0].Text).Count() <= MostLabelWords)
            {
                parts[0] = parts[0] with { Label = true };
            }

            if (added && ored && !parts[^1].Negated && TrailingVerb().Match(parts[^1].Text) is { Success: true } trailing
                && PastForm().IsMatch(trailing.Groups["verb"].Value) && SecondVerb(text, split.Index + split.Length, trailing.Groups["verb"].Value, values ?? [])
                && parts[^1].Text[..(trailing.Groups["aux"].Success ? trailing.Groups["aux"].Index : trailing.Groups["verb"].Index)].TrimEnd() is var head
                && !FillerOnly().IsMatch(head) && !ClauseStart().IsMatch(head))
            {
                // "who in the Midwest has opened or clicked the pet newsletters": the two verbs share the object said
                // after the second and are one clause between them; where the people are holds for both.
                var clause = parts[^1];
                var verbAt = trailing.Groups["aux"].Success ? trailing.Groups["aux"].Index : trailing.Groups["verb"].Index;
                parts[^1] = clause with { Text = head, Span = new TextSpan(clause.Span.Start, head.Length) };
                parts.Add(clause with { Id = $"S{parts.Count + 1}", Text = clause.Text[verbAt..], Span = new TextSpan(clause.Span.Start + verbAt, clause.Text.Length - verbAt), JoinedByOr = false, Relative = true });
            }

            // "didn't open or click it", "never opened or clicked an email": the negation covers both verbs, so
            // neither happened (not one or the other).
            var sharesNegation = added && ored && parts[^1] is { Negated: true } before && NegatedVerb().Match(before.Text) is { Success: true } verb
                && SecondVerb(text, split.Index + split.Length, verb.Groups["verb"].Value, values ?? []);
            // "excluding designers and anyone in brand marketing": more people after the exclusion's "and" are excluded too.
            var moreExcluded = excluding && added && parts[^1].Negated && word is "and" or ", and" or "or" or ", or"
                && MorePeople().IsMatch(text, split.Index + split.Length);
            excluding = NegatingConnectives.Contains(word) || moreExcluded || (!added && excluding);
            cues = cues with
            {
                // "other than the ones who were terminated": a connective after filler words keeps what came before them.
                Negated = sharesNegation || moreExcluded || NegatingConnectives.Contains(word) || (!added && cues.Negated),
                JoinedByOr = !sharesNegation && !moreExcluded && (ored || (!added && cues.JoinedByOr)),
                Relative = RelativeWord().IsMatch(word) || (!added && cues.Relative),
                SharesNegation = sharesNegation,
                // "a Salesforce licence they haven't opened": the clause's object is the thing named before it.
                ObjectBefore = SubjectPronoun().IsMatch(word),
            };

            cursor = split.Index + split.Length;
        }

        Add(parts, text, cursor, text.Length, cues, terms ?? [], values ?? []);
        return parts;
    }

    /// <summary>
    /// True when the words excluded name several groups of people ("the designers and anyone in brand marketing"):
    /// each group is left out, not only those in both.
    /// </summary>
    public static bool NamesSeveralGroups(string excluded) =>
        SeveralGroups().IsMatch(excluded ?? throw new ArgumentNullException(nameof(excluded)));

    // A verb after "or" in the form of the negated one ("open" … "click", "opened" … "clicked", "bought" … "returned"),
    // not a value ("gold") or a clause of its own ("who", "are", "they").
    private static bool SecondVerb(string text, int at, string negatedVerb, IReadOnlyList<TextSpan> values)
    {
        var next = NextWord().Match(text, at).Groups["word"];
        if (!next.Success || values.Any(v => v.Contains(next.Index)) || ClauseStart().IsMatch(next.Value))
        {
            return false;
        }

        return PastForm().IsMatch(negatedVerb)
            ? PastForm().IsMatch(next.Value)
            : !PastForm().IsMatch(next.Value) && !next.Value.EndsWith('s');
    }

    private static readonly HashSet<string> NegatingConnectives = new(StringComparer.Ordinal)
    {
        "but not", "and not", "excluding", "apart from", "aside from", "leave out", "leaving out", "but leave out", "and leave out", "but leaving out", "and leaving out", "not counting", "outside", "outside of", "except", "except for", "but exclude", "and exclude", "minus", "other than", "without", "but without", "and without", "but who haven't", "but who have not", "and who haven't", "but who didn't", "and who didn't",
    };

    private static bool Add(List<SubSegment> parts, string text, int from, int to, SubSegment cues, IReadOnlyList<TextSpan> terms, IReadOnlyList<TextSpan> values)
    {
        var raw = text[from..to];
        var trimmed = raw.Trim().TrimEnd('.', '?', '!', ',', ';').Trim();
        if (trimmed.Length == 0 || FillerOnly().IsMatch(trimmed))
        {
            return false;
        }

        var offset = from + raw.IndexOf(trimmed, StringComparison.Ordinal);
        // "non-members", "not enrolled", "no tier": a negation inside a catalog value is part of the value it names.
        var nonTerm = (terms.Any(t => t.Contains(offset)) && trimmed.StartsWith("non", StringComparison.OrdinalIgnoreCase))
            || (LeadingNegation().Match(trimmed) is { Success: true } leading && values.Any(v => v.Contains(offset + leading.Groups["negation"].Index)));
        if (!nonTerm && NonPrefixed().Match(trimmed) is { Success: true } non)
        {
            // "non-engineers holding a Jira licence": only the engineers are left out, not the licence.
            var head = non.Groups["head"];
            parts.Add(new SubSegment($"S{parts.Count + 1}", head.Value, new TextSpan(offset, head.Length), true, cues.JoinedByOr));
            var rest = non.Groups["rest"];
            parts.Add(new SubSegment($"S{parts.Count + 1}", rest.Value, new TextSpan(offset + rest.Index, rest.Length), cues.Negated, false));
            return true;
        }

        // "pet owners excluded", "Texas left out": the exclusion said after what it excludes.
        var ownNegation = (LeadingNegation().IsMatch(trimmed) && !nonTerm) || TrailingNegation().IsMatch(trimmed) || VerbThenNo().IsMatch(trimmed);
        parts.Add(cues with
        {
            Id = $"S{parts.Count + 1}",
            Text = trimmed,
            Span = new TextSpan(offset, trimmed.Length),
            Negated = cues.Negated || ownNegation,
            Relative = cues.Relative || RelativeWord().IsMatch(trimmed),
        });
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?:(?:no|nope)(?:[,.!:]|(?=\s+(?:i\s+(?:meant|mean|want)|wait|sorry|actually|scratch\s+that|make\s+(?:it|that))\b))|(?:actually|sorry|wait|ok|okay|fine|great|cool|alright|sure|hmm|now)[,.!:]?)\s+(?:i\s+meant\s+|i\s+mean\s+|i\s+want\s+)?)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|help\s+me\s+|i'?d\s+like\s+(?:to\s+(?:see|find|get|target|reach)\s+)?|i\s+would\s+like\s+(?:to\s+(?:see|find|get|target|reach)\s+)?|i'?m\s+looking\s+for\s+|looking\s+for\s+)*(?:(?:a\s+)?(?:new|another|fresh|different)\s+(?:segment|audience|one)\s*[:,-]\s*)?(?:and\s+|but\s+)?(?:just\s+)?(?:(?:add|limit\s+(?:it|that|this)\s+to|restrict\s+(?:it|that|this)\s+to|narrow\s+(?:it|that|this)\s+(?:down\s+)?to|keep\s+only|only)\s+)?(?:the\s+ones\s+|those\s+)?(?:who\s+|that\s+)?(?:also\s+)?(?:(?:please\s+)?(?:create|build|make|define|find|show(?:\s+me)?|give\s+me|get(?:\s+me)?|list|i\s+(?:want|need)(?:\s+to\s+target)?|target|segment|pull(?:\s+up)?|identify)\b[\s:]*)?(?:(?:a|an|the|my)\s+)*(?:(?:segment|audience|list|group)\b)?\s*(?:(?:of|for|with|containing)\b)?\s*(?:all\s+)?(?:(?:customers|shoppers|buyers|users|employees|people|members|folks|accounts|those|anyone|anybody|everyone|everybody|someone|somebody|staff|individuals|persons)\b)?\s*(?:(?:who(?:'ve|'re|'d|'s)?|that|which|with)\b)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    // Not after an auxiliary, pronoun, preposition or adverb: right after the words for the people a clause is about.
    private const string AfterContentWord = @"(?<!\b(?:have|has|had|who|that|which|do|does|did|will|would|can|could|should|might|may|must|they|we|i|you|it|he|she|and|or|but|not|still|also|just|yet|ever|really|because|since|if|when|whether|why|are|is|was|were|be|been|being|am|with|in|of|for|to|at|by|on|from|than|as|so|too|certainly|definitely|probably|maybe|perhaps|absolutely|currently|something|anything|everything|nothing|someone|anyone|everyone))";

    // A negated verb, a "not" or a "have" said right after the people it is about ("founders not on enterprise", "customers
    // haven't bought") starts a part of its own, so the negation reaches what follows and not who comes before; so does
    // what they are ("investors are often active").
    [GeneratedRegex(@"\s+(?:that\s+|which\s+)?(?:they|he|she)\s+(?=(?:hasn'?t|haven'?t|hadn'?t|didn'?t|don'?t|doesn'?t|has\s+not|have\s+not|did\s+not|never)\s)|\s*,?\s+(?:but\s+who\s+(?:haven't|have\s+not|didn't|did\s+not)|and\s+who\s+(?:haven't|have\s+not|didn't|did\s+not)|but\s+not|and\s+not|but\s+exclude|and\s+exclude|except\s+for|excluding|except|other\s+than|apart\s+from|aside\s+from|(?:but\s+|and\s+)?(?:leave|leaving)\s+out|not\s+counting|but\s+without|and\s+without|without|minus|outside\s+of|outside|as\s+well\s+as|(?:as|so)\s+long\s+as|provided(?:\s+that)?|together\s+with|along\s+with|and\s+also|and\s+who|and\s+that|but\s+who|whose|who(?:'ve|'re|'d|'s)?|that(?:'s)?|and|but|or|plus)\s+|\s*[,;?!:]\s+|\s+[-–—]+\s+(?=\p{L})|\s+with\s+(?=no\s+(?!(?:fewer|more|less|longer|later|earlier|greater|higher|lower|bigger|smaller|older|younger)\b))|" + AfterContentWord + @"\s+(?=(?:hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|don'?t|has\s+not|have\s+not|did\s+not|does\s+not|never)\s)|" + AfterContentWord + @"\s+(?=(?:not|aren'?t|isn'?t|weren'?t|wasn'?t)\s+(?!(?:only|just|more|less|fewer|over|under|above|below|yet|even|all|every|necessarily|sure|too|very|much|so|quite|really|ever|once|to|anymore)\b))|" + AfterContentWord + @"(?<=\p{L}{3}s)(?<!\b(?:whose|their|its|his|her)\s+\p{L}+)\s+(?=(?:are|were)\s+(?!(?:not|from|of|in|at|on|with|the|a|an|based|located|who|that)\b)\p{L})|" + AfterContentWord + @"\s+(?=(?:have|has|had)\s+(?:been\s+|also\s+|already\s+|recently\s+|never\s+|not\s+|ever\s+)?\p{L}+(?:ed|ing|en|ought|ent|ade)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(?:(?:who|that|which|also|still|have|has|had)\s+)*(?:never|didn't|did\s+not|don't|do\s+not|doesn't|does\s+not|haven't|have\s+not|hasn't|has\s+not|hadn't|had\s+not)\s+(?:(?:ever|yet|even)\s+)?(?<verb>\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedVerb();

    // Words that start another group of people ("anyone in brand marketing", "the recruiters"), not a clause about them.
    private const string AnotherGroup = @"(?:anyone|anybody|everyone|everybody|those|people|folks|staff|employees|customers|users|members|the|any|all)\b(?!\s+(?:who|that|with)\b)";

    [GeneratedRegex(@"(?:,\s*|\s+)(?:and|or)\s+" + AnotherGroup, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveralGroups();

    [GeneratedRegex(@"\G" + AnotherGroup, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MorePeople();

    // A clause that ends in its verb, after words of its own: "in the Midwest has opened", "in Texas bought".
    [GeneratedRegex(@"^\S.*?\s(?:(?<aux>(?:has|have|had)\s+))?(?<verb>\p{L}+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingVerb();

    [GeneratedRegex(@"\G\s*(?<word>\p{L}[\p{L}'-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^\s*(?:who|that|which|whose|are|is|was|were|have|has|had|do|does|did|they|we|he|she|it|i|you|not|no|never|a|an|the|any|in|on|at|from|with|by|for|to|of|more|less|over|under|at)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^\s*(?:\p{L}+ed|bought|sold|made|got|went|sent|spent|left|took|paid|gave|came|ran|saw|read|won|lost|met|kept|brought|chose|wrote|signed\s+up)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastForm();

    [GeneratedRegex(@"^(?:(?:and|but)\s+)?(?:who(?:'ve|'re|'d|'s)?|that(?:'s)?|whose)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWord();

    [GeneratedRegex(@"(?:^|\s)(?:they|he|she)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"\b(?:from|in|at|on|via|to)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsInPreposition();

    [GeneratedRegex(@"\b(?:who|that)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsInRelativeWord();

    [GeneratedRegex(@"^(?:(?:also|who|that|are|is|have|has|the|ones|anyone|anybody|everyone|everybody|someone|somebody|folks|ppl|peeps|staff|individuals|persons|people|users|customers|employees|members|shoppers|buyers|clients|all|of|our|my|(?-i:us|Us)|they|them|those|these|(?-i:it|It)|please|exactly|else|only|just|create|build|make|another|fresh|different|segment|audience)\s*[-?!.,:]*\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerOnly();

    // "sent no offers in the past 7 days", "placed no orders", "clicked none": the verb with "no" after it is the verb not done.
    [GeneratedRegex(@"^(?:(?:who|that|have|has|had)\s+)*(?:sent|made|placed|bought|got|had|opened|clicked|viewed|used|received|created|drafted|submitted|started|accepted|rejected|redeemed|returned|ordered|purchased)\s+(?:no\s+(?!(?:more|fewer|less|longer)\b)\p{L}|none\b|nothing\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenNo();

    [GeneratedRegex(@"\S\s+(?:excluded|left\s+out|not\s+included|taken\s+out|removed)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNegation();

    [GeneratedRegex(@"^(?<head>non-?\s?\p{L}+)\s+(?<rest>\p{L}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonPrefixed();

    // "have never bought", "who are not in", "outside the South", "other than Texas": the part excludes what it names.
    [GeneratedRegex(@"^(?:(?:who|that|which|also|still|have|has|had|do|does|did|are|is|was|were|will|would|can|could)\s+)*(?<negation>not|no(?!\s+(?:(?:fewer|more|less|later|earlier|greater|higher|lower|bigger|smaller|older|younger)\b|longer\s+than\b))|nothing|none|never|don't|do\s+not|doesn't|does\s+not|didn't|did\s+not|haven't|have\s+not|hasn't|has\s+not|hadn't|aren't|are\s+not|isn't|is\s+not|weren't|wasn't|won't|can't|cannot|without|outside(?:\s+of)?|excluding|exclude|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|(?:leave|leaving)\s+out|skip(?:ping)?|minus|not\s+counting|non-?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNegation();
}
