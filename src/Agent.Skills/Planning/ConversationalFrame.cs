using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// The words around a request that carry no condition: a greeting ("hey,"), an aside ("quick one -"), what the
/// audience is for ("for a win-back campaign -", "…, it's for our cleanup", "… - want to give them a nudge"), a hedge
/// ("I think we want"), a request verb ("grab", "pull me a list of", "export") and thanks. They are blanked out in place, so
/// every offset into the message still points at the same word, and the planner counts their words as used.
/// </summary>
internal static partial class ConversationalFrame
{
    /// <summary>The message with its frame blanked out, and the frame's words.</summary>
    public static (string Core, IReadOnlyList<string> FrameWords) Blank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        var words = new List<string>();
        foreach (var pattern in new[] { Lead(), Purpose(), Tail() })
        {
            foreach (Match frame in pattern.Matches(new string(chars)))
            {
                var span = frame.Groups["frame"];
                if (!span.Success || !span.Value.Any(char.IsLetter))
                {
                    continue;
                }

                words.AddRange(WordStems.Words(span.Value).Select(w => w.Word));
                for (var i = span.Index; i < span.Index + span.Length; i++)
                {
                    chars[i] = ' ';
                }
            }
        }

        var core = new string(chars);
        // A message that is all frame ("thanks!") is left to the other intents.
        return core.Trim().Length == 0 ? (text, []) : (core, words);
    }

    // At the start: greetings, asides, hedges and request verbs, in any order.
    [GeneratedRegex(@"^(?<frame>\s*(?:(?:hey|hi|hello|hiya|yo|morning|afternoon)(?:\s+there)?\s*[,!.:-]+\s*|(?:quick|small|random|one|sanity)\s+(?:one|question|q|ask|request|thing|check|favou?r)\s*[-–—:,]+\s*|(?:i\s+think|i\s+guess|i\s+reckon|i\s+suppose|probably|basically|so(?!\s+far\b))\s*,?\s+|(?:we|i)\s+(?:want|need|would\s+like|'d\s+like|are\s+after|'re\s+after)\s+(?=the\b|all\b|a\s+list\b|everyone\b|anyone\b)|(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?=(?:grab|pull|fetch|get|export|download)\b))?(?:grab|pull(?:\s+up)?|fetch|get|export|download)\s+(?:me\s+|us\s+)?(?:(?:a|the)\s+list\s+of\s+)?(?=\S)(?!(?:a|an)\s)|whoever\s+(?=\S))+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    // What the audience is for, said before the request and set off by a dash, colon or comma.
    [GeneratedRegex(@"^\s*(?<frame>for\s+(?:a|an|the|our|my|this|next\s+week's|the\s+next)\s+(?:[\w+'-]+\s+){0,3}?(?:campaign|invite|invitation|email|e-?mail|mailing|mailer|newsletter|promo|promotion|push|blast|test|beta|launch|webinar|survey|event|outreach|program|programme|pilot|sale|offer|drive|send|perk|reward|gift|giveaway|incentive|nudge|reminder|announcement|study|interview|interviews|report|review|cleanup|clean-up|audit|renewal|renewals|true-up|analysis|deck|meeting|budget|forecast|retro|follow-up|list|lists|audience|segment|cohort)\s*[-–—:,]+\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();

    // At the end: what it is for ("it's for our cleanup", "- want to give them a nudge", "for the beta") and thanks.
    [GeneratedRegex(@"(?<frame>(?:(?:\s*[,;]\s*|\s+[-–—]+\s*)(?:it'?s|it\s+is|this\s+is|that'?s|that\s+is)\s+for\s+[^,.;!?]+|(?:\s+[-–—]+\s*|\s*[.!?]\s+)(?:i\s+|we\s+)?(?:want|wanting|need|going|planning|trying|hoping|would\s+like)\s+to\s+[^,.;!?]+|\s+for\s+(?:the|a|an|our|my)\s+(?:[\w+'-]+\s+){0,2}?(?:campaign|beta|launch|webinar|invite|pilot|promo|newsletter|survey|test|blast|outreach|cleanup|clean-up|audit|review)|[\s,.!-]+(?:thanks|thank\s+you|thx|ty|cheers|ta)(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?)*[\s.!?]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();
}
