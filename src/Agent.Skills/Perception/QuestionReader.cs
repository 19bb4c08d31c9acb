using System.Text.RegularExpressions;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Recognises the messages that must not be read as an audience: a question about the draft's size, a request for an
/// analysis the product cannot do yet, and a message in another language. Each would otherwise be grounded word by
/// word into a plausible but wrong segment ("what kinds of users" read as "kids").
/// </summary>
internal static partial class QuestionReader
{
    // Function words that are common in Spanish, French, German or Portuguese and are not English words.
    private static readonly HashSet<string> ForeignWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "la", "el", "los", "las", "que", "y", "con", "para", "por", "del", "una", "un", "clientes", "compraron", "todos",
        "quiero", "dame", "usuarios", "les", "des", "du", "et", "qui", "avec", "pour", "dans", "une", "tous", "ont", "achet\u00e9",
        "der", "die", "das", "und", "mit", "f\u00fcr", "kunden", "nicht", "ein", "eine", "alle", "haben", "gekauft",
        "os", "com", "n\u00e3o", "uma", "todos", "compraram", "\u00faltimos", "\u00faltimo", "mes", "mois", "d\u00edas", "jours", "tage",
    };

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "who", "with", "in", "of", "to", "for", "a", "an", "that", "have", "has", "bought", "customers", "users", "all",
        "me", "show", "give", "find", "build", "make", "last", "days", "is", "are", "not", "or", "on", "at", "from", "by",
    };

    /// <summary>What kind of conversational question <paramref name="text"/> is.</summary>
    /// <param name="text">The normalized message.</param>
    /// <param name="namesCatalogTerms">Whether the message names catalog facets or values (then "how many …" asks for a new audience).</param>
    public static ConversationalQuestion Read(string text, bool namesCatalogTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsForeign(text))
        {
            return ConversationalQuestion.NotEnglish;
        }

        if (AnalyticsRequest().IsMatch(text))
        {
            return ConversationalQuestion.AnalyticsNotYet;
        }

        return !namesCatalogTerms && DraftSizeQuestion().IsMatch(text) ? ConversationalQuestion.DraftSize : ConversationalQuestion.None;
    }

    private static bool IsForeign(string text)
    {
        // A message written mostly in another script (Japanese, Chinese, Cyrillic, Arabic, ...) is not English whatever
        // its digits say.
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count > 0 && letters.Count(c => !IsLatin(c)) * 2 >= letters.Count)
        {
            return true;
        }

        var words = WordTokenizer.Tokenize(text).Select(t => t.Text).ToList();
        var foreign = words.Count(ForeignWords.Contains);
        var english = words.Count(EnglishFunctionWords.Contains);
        return foreign >= 2 && foreign > english;
    }

    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    [GeneratedRegex(@"\b(?:chart|plot|graph|visuali[sz]e|histogram|dashboard)\b(?!\s+(?:paper|topper))|\bbreak(?:down|\s+down)\b|\b(?:revenue|sales|spend(?:ing)?|orders|logins|sign-?ups|usage|costs?|churn|conversion|activity|engagement|purchases)\s+(?:by|per)\s+(?:region|state|department|week|month|day|quarter|year|channel|category|team|plan|role|segment|app|tier|cohort|store|city|country)\b|\bwhich\s+(?:department|region|team|state|channel|category|plan|app|segment|tier|store|city|country|role)s?\b.{0,50}\b(?:the\s+most|the\s+least|highest|lowest|best|worst|more|less)\b|\bwhat\s+(?:was|is|were|are)\s+(?:our|the)\s+(?:total\s+)?(?:revenue|sales|churn\s+rate|conversion\s+rate|retention(?:\s+rate)?|average\s+order\s+value)\b|\bwhat\s+(?:kinds?|types?|sorts?|groups?)\s+of\s+(?:users|customers|people|employees|members|shoppers|buyers|founders|investors)\b|\bpersonas?\b|\barchetypes?\b|\bretention\s+(?:curves?|rates?|by|over|of|cohorts?)\b|\bcohort\s+(?:analysis|retention|curves?)\b|\b(?:suggest|propose|recommend|design|plan|run|ideas?\s+for)\b.{0,25}\b(?:experiments?|a/b\s+tests?|ab\s+tests?)\b|\bengagement\s+tiers?\b|\bwork\s+categor(?:y|ies)\b|\bclusters?\s+(?:of|our|the|my)\b|\bcluster(?:ing)?\s+(?:analysis|users|customers|employees)\b|\bsegment\s+(?:our|my|the)\s+(?:users|customers|employees)\s+(?:into|by behaviou?r)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnalyticsRequest();

    // "how many are there?", "how many do we have", "what's the count on that?", "give me the size": short, and naming
    // nothing of the catalog (the caller checks), so they ask about the draft rather than a new audience.
    // "how many are there?", "how many do we have", "what's the count on that?", "give me the size": short, made only of
    // words that point back at the audience, and naming nothing of the catalog (the caller checks).
    [GeneratedRegex(@"^\s*(?:(?:so|and|ok(?:ay)?|well|hey|alright|great|cool|nice|thanks)\b[\s,!.]*)*(?:how\s+(?:many|big|large)(?:'s)?\b(?:\s+(?:are|is|were|was|would|will|do|does|did|we|you|they|there|that|it|this|them|those|these|of|in|on|for|the|segment|audience|draft|list|people|customers|users|employees|members|accounts|folks|have|has|got|get|match|matches|matching|qualify|be|now|then|total|all|left|so|far|right|reach|exactly|again|please|roughly|approximately|about|currently|talking|looking|dealing|here|with|at|give|gives|leave|leaves|us|me|come|comes|out|up|end|ends))*|(?:what(?:'s|s|\s+is|\s+was|\s+are|\s+would\s+be)\s+(?:the\s+|its\s+|our\s+)?|(?:give|tell|show)\s+me\s+(?:the\s+)?)(?:size|count|number|total|headcount|reach|audience\s+size|segment\s+size)\b(?:\s+(?:are|is|were|was|would|will|do|does|did|we|you|they|there|that|it|this|them|those|these|of|in|on|for|the|segment|audience|draft|list|people|customers|users|employees|members|accounts|folks|have|has|got|get|match|matches|matching|qualify|be|now|then|total|all|left|so|far|right|reach|exactly|again|please|roughly|approximately|about|currently|talking|looking|dealing|here|with|at|give|gives|leave|leaves|us|me|come|comes|out|up|end|ends))*)[?.!\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DraftSizeQuestion();
}
