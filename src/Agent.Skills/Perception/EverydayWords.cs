namespace SegmentAI.Skills.Perception;

/// <summary>
/// Common English and segmentation words the spell corrector never changes, however close they are to a
/// catalog term ("spent" is not a misspelled "spend", "buyers" is not a misspelled "buyer").
/// </summary>
internal static class EverydayWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "meant", "mean", "means", "swap", "instead", "rather", "restrict", "widen",
        // Function words.
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "also", "although", "always",
        "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around", "as", "at", "away", "back", "be",
        "because", "been", "before", "being", "below", "beside", "besides", "between", "beyond", "both", "but", "by", "can",
        "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough", "even",
        "ever", "every", "everyone", "everything", "except", "few", "fewer", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "least", "less", "like", "many", "may", "me", "might", "mine", "more", "most", "much", "must", "my",
        "near", "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "now", "of", "off", "often", "on", "once",
        "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "out", "outside", "over", "own", "per",
        "perhaps", "please", "plus", "quite", "rather", "really", "same", "shall", "she", "should", "since", "so", "some",
        "someone", "something", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "though", "through", "throughout", "thus", "till", "to", "together", "too",
        "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what",
        "whatever", "when", "whenever", "where", "whether", "which", "while", "who", "whoever", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "yes", "yet", "you", "your", "yours", "yourself", "okay", "thanks", "thank",
        "hello", "hi", "hey", "sure", "great", "good", "bad", "wrong", "right", "correct", "exactly", "approximately", "about",
        "around", "roughly", "nearly", "almost", "instead", "either", "already", "currently", "recently", "ago", "lately",
        "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "won't",
        "wouldn't", "can't", "couldn't", "shouldn't", "who've", "they've", "i'm", "i'd", "i'll", "let's", "that's", "what's",
        "it's", "there's", "excluding", "exclude", "excludes", "including", "include", "includes", "other", "another", "whole",
        "total", "overall", "combined", "average", "minimum", "maximum", "greater", "smaller", "larger", "bigger", "higher",
        "lower", "fewer", "least", "most", "first", "last", "next", "previous", "prior", "past", "current", "new", "old",
        "older", "younger", "early", "late", "later", "earlier", "same", "different", "single", "double", "multiple", "several",
        "certain", "specific", "particular", "general", "whole", "entire", "full", "part", "half", "quarter", "third",

        // Segmentation vocabulary.
        "customer", "customers", "client", "clients", "buyer", "buyers", "shopper", "shoppers", "member", "members", "user",
        "users", "people", "person", "persons", "folks", "everybody", "audience", "audiences", "segment", "segments",
        "segmentation", "cohort", "cohorts", "group", "groups", "list", "lists", "population", "target", "targeting",
        "campaign", "campaigns", "buy", "buys", "buying", "bought", "purchase", "purchases", "purchasing", "order", "orders",
        "ordered", "ordering", "spent", "spending", "spends", "shop", "shops", "shopping", "visited", "visit", "visits",
        "made", "make", "makes", "placed", "place", "used", "use", "uses", "using", "opened", "clicked", "received", "returned",
        "who", "whose", "customers'", "show", "shows", "give", "get", "gets", "find", "finds", "create", "created", "build",
        "built", "define", "edit", "change", "changed", "update", "updated", "delete", "deleted", "remove", "removed", "add",
        "added", "rename", "renamed", "save", "saved", "name", "names", "named", "call", "called", "count", "counts", "size", "sizes",
        "estimate", "estimated", "explain", "describe", "compare", "overlap", "lift", "also", "both", "only", "keep", "drop",
        "want", "wants", "need", "needs", "like", "look", "looking", "see", "tell", "know", "help", "try", "run", "export",
        "send", "share", "email", "e-mail", "emails", "mail", "text", "texts", "phone", "number", "numbers", "address", "addresses",
        "amount", "amounts", "value", "values", "times", "time", "twice", "thrice", "once", "weekly", "monthly", "daily",
        "yearly", "annually", "quarterly", "hourly", "nightly", "biweekly", "fortnightly", "regularly", "frequently",
        "rarely", "sometimes", "usually", "every", "each", "dollar", "dollars", "bucks", "buck", "cents", "usd", "money",
        "item", "items", "product", "products", "thing", "things", "stuff", "category", "categories", "department",
        "departments", "brand", "brands", "store", "stores", "channel", "channels", "facet", "facets", "catalog", "sql",
        "query", "data", "report", "result", "results", "draft", "version", "rule", "rules", "condition", "conditions",
        "filter", "filters", "criteria", "logic", "definition", "window", "period", "range", "between", "among", "aged",
        "ages", "older", "living", "live", "lives", "based", "located", "from", "near", "region", "area", "areas",
        "instructions", "instruction", "ignore", "previous", "prompt", "system", "developer", "mode", "pretend", "act",
        "select", "table", "tables", "union", "where", "insert", "into", "update", "drop", "truncate", "alter", "join",
        "interested", "interest", "likely", "unlikely", "active", "inactive", "engaged", "frequent", "occasional", "repeat",
        "loyal", "lapsed", "churned", "high", "low", "big", "small", "large", "top", "bottom", "best", "worst", "heavy",
        "light", "value", "spenders", "spender", "lovers", "fans", "owners", "owner", "parents", "families", "family",
        "household", "households", "kids", "children", "child", "baby", "babies", "women", "men", "adults", "teens",
        "seniors", "students", "millennials", "boomers", "state", "states", "city", "cities", "town", "towns", "country",

        // Time words.
        "day", "days", "week", "weeks", "weekend", "weekends", "weekday", "weekdays", "month", "months", "year", "years",
        "quarters", "season", "seasons", "today", "yesterday", "tomorrow", "tonight", "morning", "evening", "night", "date",
        "dates", "fiscal", "calendar", "ytd", "mtd", "qtd", "spring", "summer", "fall", "autumn", "winter", "holiday",
        "holidays", "christmas", "thanksgiving", "easter", "halloween", "valentine's", "valentines", "memorial", "labor",
        "independence", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "hour", "hours", "minute", "minutes", "decade", "since", "until", "before",
        "after", "during", "recent", "lately", "fortnight",

        // Number words.
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "dozen", "dozens", "couple", "second", "fourth", "fifth", "percent", "percentage",
    };

    /// <summary>True when <paramref name="word"/> is an everyday word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
