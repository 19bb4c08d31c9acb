using System.Globalization;
using System.Text;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Shared text normalization for retrieval: lower-casing, tokenizing, a light stemmer and stop words, so the
/// embedding, the lexical matcher and the catalog terms all see "buyers", "bought" and "buy" as one word.
/// </summary>
internal static class RetrievalText
{
    // Words that carry no facet meaning in marketers' requests; removing them lets coverage reflect real words.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "into", "who", "that", "which",
        "is", "are", "was", "were", "be", "been", "have", "has", "had", "and", "or", "our", "their", "they", "them",
        "customers", "customer", "people", "users", "user", "employees", "employee", "shoppers", "than", "more",
        "less", "least", "most", "over", "under", "above", "below", "times", "x", "s", "any", "all", "some", "those",
        "these", "this", "it", "its", "we", "per", "whose", "what", "there", "about", "last", "past", "days",
        "day", "weeks", "week", "months", "month", "year", "years", "ago", "within", "since", "during", "each", "i",
        "because", "n", "one", "ones", "anyone", "everyone", "someone", "anybody", "everybody", "somebody", "folks",
        "you", "your", "please", "not",

        // Light verbs: in "make an offer", "put in a request", "made any orders" the noun says what happened.
        "make", "makes", "made", "making", "put", "puts", "putting",
    };

    // Everyday words that are also codes: "find me …" is not Maine, "customers in ME" is.
    private static readonly HashSet<string> WordCodes = new(StringComparer.Ordinal) { "me", "my", "hi", "ok", "so", "if", "as", "am", "he" };

    // Irregular forms and agent nouns the suffix rules below would get wrong.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["went"] = "go", ["gone"] = "go", ["goes"] = "go", ["going"] = "go",
        ["bought"] = "buy", ["buying"] = "buy", ["buyer"] = "buy", ["buyers"] = "buy", ["buys"] = "buy",
        ["purchase"] = "buy", ["purchases"] = "buy", ["purchased"] = "buy", ["purchasing"] = "buy",
        ["purchaser"] = "buy", ["purchasers"] = "buy", ["spent"] = "spend", ["spending"] = "spend",
        ["spends"] = "spend", ["spender"] = "spend", ["spenders"] = "spend", ["shopper"] = "shop", ["shopped"] = "shop",
        ["shopping"] = "shop", ["shops"] = "shop", ["opener"] = "open", ["openers"] = "open", ["clicker"] = "click",
        ["clickers"] = "click", ["returner"] = "return", ["returners"] = "return", ["children"] = "child",
        ["kids"] = "kid", ["women"] = "woman", ["men"] = "man", ["emails"] = "email", ["e-mail"] = "email",
        ["e-mails"] = "email", ["browser"] = "brows", ["browsers"] = "brows", ["logins"] = "login",
        ["login"] = "login", ["signins"] = "signin", ["signups"] = "signup", ["optins"] = "optin",
        ["bidder"] = "bid", ["bidders"] = "bid", ["subscriber"] = "subscrib", ["subscribers"] = "subscrib",
        ["member"] = "member", ["members"] = "member", ["users"] = "users", ["sales"] = "sale",
        ["sent"] = "send", ["sending"] = "send", ["sends"] = "send", ["paid"] = "pay", ["paying"] = "pay",
        ["hire"] = "hir", ["hires"] = "hir", ["sold"] = "sell", ["selling"] = "sell", ["gave"] = "give", ["given"] = "give", ["took"] = "take", ["taken"] = "take",
    };

    /// <summary>
    /// Content tokens of <paramref name="text"/>: lower-cased, stemmed, stop words and money amounts removed.
    /// Plain numbers stay: they name values such as the age band 25-34.
    /// </summary>
    public static IReadOnlyList<string> ContentTokens(string text) =>
        Compounds(Words(text)).Where(w => !StopWords.Contains(w) && !w.StartsWith('$') && (!WordCodes.Contains(w) || InCapitals(text, w))).Select(Stem).ToList();

    // The word written exactly in capitals somewhere in the text ("ME"), as its own word.
    private static bool InCapitals(string text, string word)
    {
        var code = word.ToUpperInvariant();
        for (var at = text.IndexOf(code, StringComparison.Ordinal); at >= 0; at = text.IndexOf(code, at + 1, StringComparison.Ordinal))
        {
            var end = at + code.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a token is a plain number ("5", "25"), which only matters when a value names it.</summary>
    public static bool IsNumber(string token) => token.Length > 0 && char.IsDigit(token[0]);

    // "sign in", "sign-ins", "logged in", "opt in", "sign up": the particle is a stop word on its own, so the
    // verb and particle are joined before stop words go, keeping "signed in" apart from "signed up".
    private static IEnumerable<string> Compounds(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var compound = (Verb(words[i]), next) switch
            {
                ("sign", "in" or "ins" or "on") => "signin",
                ("log", "in" or "ins" or "on") => "login",
                ("opt", "in" or "ins") => "optin",
                ("sign", "up" or "ups") => "signup",
                _ => null,
            };
            if (compound is null)
            {
                yield return words[i];
            }
            else
            {
                yield return compound;
                i++;
            }
        }
    }

    private static string Verb(string word) => word switch
    {
        "sign" or "signs" or "signed" or "signing" => "sign",
        "log" or "logs" or "logged" or "logging" => "log",
        "opt" or "opts" or "opted" => "opt",
        _ => word,
    };

    /// <summary>All lower-cased words of <paramref name="text"/>, split on anything but letters, digits and a few joiners.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '+' or '$')
            {
                current.Append(c);
            }
            else if (c is not ('\'' or '’' or '.') || current.Length == 0)
            {
                // An apostrophe or dot inside a word ("kids'", "d.c.") joins rather than splits it.
                Flush(words, current);
            }
        }

        Flush(words, current);
        return words;
    }

    /// <summary>True when a word is a number or an amount ("200", "$1,000", "3x"), which never names a facet.</summary>
    public static bool IsQuantity(string word) =>
        word.StartsWith('$') || double.TryParse(word.TrimEnd('k', 'm', 'x'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>True when the phrase states a number or comparison, which points at number and money facets.</summary>
    public static bool HasQuantity(string text)
    {
        var words = Words(text);
        return words.Any(IsQuantity)
            || words.Any(w => w is "more" or "less" or "least" or "most" or "over" or "under" or "above" or "below" or "fewer" or "between" or "once" or "twice" or "thrice");
    }

    /// <summary>A light suffix stemmer: enough to fold plurals and -ed/-ing forms onto one stem.</summary>
    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length > 6 && word.EndsWith("people", StringComparison.Ordinal))
        {
            // "salespeople" and "a salesperson" are one word.
            return word[..^6] + "person";
        }

        var stem = word;
        if (stem.Length > 4 && stem.EndsWith("ies", StringComparison.Ordinal))
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.Length > 3 && stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        if (stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = Undouble(stem[..^3]);
        }
        else if (stem.Length > 4 && stem.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = Undouble(stem[..^2]);
        }

        if (stem.Length > 4 && stem.EndsWith('e'))
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString().Trim());
            current.Clear();
        }
    }
}
