using System.Collections.Frozen;
using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Accounts for every word of a request once its segment is built. A word is used when it is a function word, a
/// typed mention (date, amount, number, frequency), part of a catalog or tenant term whose meaning is in the segment,
/// or a word of the catalog text of a facet the segment uses (its name, synonyms, description, purpose and chosen
/// values). Whatever is left was dropped: the planner must question it or say so, never lose it silently
/// ("long-tenured salespeople" is not all salespeople).
/// </summary>
internal static class RequestCoverage
{
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "them", "their", "theirs", "we", "our", "us", "you", "your",
        "i", "me", "my", "he", "she", "his", "her", "who", "whom", "whose", "which", "what", "where", "when", "how", "why",
        "and", "or", "but", "nor", "either", "neither", "both", "also", "too", "plus", "as", "well", "then", "than", "so", "yet",
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "about", "via", "per", "through", "during", "within",
        "over", "under", "above", "below", "between", "among", "across", "after", "before", "since", "until", "till", "up", "down", "out", "off",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had", "having",
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "s", "t", "d", "ll", "re", "ve", "m",
        "not", "no", "nothing", "none", "nobody", "never", "don", "didn", "doesn", "haven", "hasn", "hadn", "isn", "aren", "wasn", "weren", "won", "cannot", "ain",
        "any", "anything", "some", "something", "all", "every", "each", "other", "another", "more", "most", "less", "least", "fewer", "only",
        "just", "even", "ever", "still", "already", "again", "at", "once", "twice", "times", "time", "very", "really", "quite", "much", "many",
        "please", "thanks", "thank", "ok", "okay", "hi", "hello", "hey", "now", "actually", "maybe", "like", "instead", "rather", "exactly",
        "show", "give", "find", "build", "create", "make", "get", "list", "pull", "target", "want", "need", "identify", "send", "reach", "define",
        "segment", "audience", "cohort", "group", "people", "person", "persons", "customers", "customer", "users", "user", "employees", "employee",
        "folks", "ppl", "peeps", "shoppers", "shopper", "buyers", "buyer", "members", "member", "staff", "team", "anyone", "anybody", "everyone", "everybody",
        "someone", "somebody", "ones", "one", "individuals", "accounts", "account", "base", "whole", "entire", "total", "overall",
        "bought", "buy", "buys", "buying", "purchased", "purchase", "purchases", "ordered", "order", "orders", "spent", "spend", "spends",
        "made", "make", "placed", "place", "given", "gave", "put", "puts", "putting", "rang", "ring", "rung", "used", "use", "uses", "using", "got", "gets", "went", "go", "come", "came", "who've",
        "last", "past", "previous", "prior", "recent", "recently", "ago", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "quarter", "quarters", "today", "yesterday", "period", "window", "window", "same", "single", "least", "atleast", "w",
        "there", "here", "them", "themselves", "those", "such", "own", "yes", "yeah", "amount", "number", "count", "value",
        "excluding", "exclude", "excluded", "removed", "included", "except", "skip", "skipping", "non", "outside", "apart", "aside", "leaving", "counting", "other", "include", "including", "includes", "remove", "drop", "add", "exclusion",
        "meant", "mean", "means", "change", "swap", "switch", "replace", "keep", "limit", "restrict", "narrow", "widen", "part", "condition",
        "worth", "gone", "went", "costing", "priced", "valued", "sitting", "sits", "works", "work", "employed", "shop", "shops", "shopped", "shopping",
        "based", "located", "live", "lives", "living", "carry", "carries", "carrying", "hold", "holds", "holding", "held", "holder", "holders", "owns", "owned",
        "touch", "touched", "turn", "turned", "ended", "end", "drafted", "draft", "currently", "still", "already", "ones", "kind", "kinds",
        "campaign", "campaigns", "promo", "promotion", "outreach", "blast", "mailing", "targeting", "retarget",
        "myself", "ourselves", "ours", "yours", "yourself", "yourselves", "him", "himself", "hers", "herself", "itself", "themselves",
        "if", "whether", "because", "unless", "until", "while", "whereas", "though", "although", "against", "further", "few", "else",
        "let", "lets", "tell", "know", "wondering", "wonder", "curious", "able", "possible", "pls", "plz", "kindly", "hope", "hoping",
        "try", "trying", "help", "think", "thinking", "guess", "idea", "longer", "anywhere", "somewhere", "wherever", "basically", "roughly", "approximately", "around", "quick", "quickly",
        // "actions in the app": the product itself, unless a catalog value is called that (a value is always checked).
        "app", "platform",
        "old", "olds", "supplies", "supply", "products", "product", "items", "item", "stuff", "things", "thing", "goods", "merchandise", "gear", "brands", "brand",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The words of <paramref name="text"/> nothing in <paramref name="definition"/> accounts for, in text order, each
    /// with whether it is part of a catalog or tenant term (a dropped "Florida"), which is always worth a question.
    /// </summary>
    public static IReadOnlyList<UnusedWord> Unused(string text, ExtractedEntities entities, SegmentDefinition definition, Tenant tenant, IEnumerable<string> alsoUsed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(tenant);
        var conditions = definition.Conditions().ToList();
        var facets = conditions.Select(c => c.Facet).Concat(conditions.SelectMany(c => c.SameEvent ?? []).Select(f => f.Facet)).ToHashSet(StringComparer.Ordinal);
        var also = alsoUsed.ToList();
        var used = new HashSet<string>(also.SelectMany(WordStems.Of), StringComparer.Ordinal);
        var alsoWords = also.SelectMany(p => WordStems.Words(p)).Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        foreach (var condition in conditions)
        {
            used.UnionWith(FacetWords(tenant.Catalog.Find(condition.Facet), condition.Values));
            // "logged in fewer than 20 times": a count of sign-ins is said in the words of the sign-in it counts.
            if (tenant.Catalog.Find(condition.Facet) is { Type: FacetType.Number, Sql.Aggregate: AggregateFunction.Count })
            {
                foreach (var counted in tenant.Catalog.Facets.Where(f => f.Type == FacetType.Boolean && SameEvents.CountFor(tenant.Catalog, f)?.Id == condition.Facet))
                {
                    used.UnionWith(WordStems.Of(string.Join(' ', [counted.Name, .. counted.Synonyms])));
                }
            }

            // "provisioned an admin seat on a productivity tool": a word for the events themselves (License Assigned's
            // "provisioned") is said of the licences a condition on those same rows reads.
            if (tenant.Catalog.Find(condition.Facet) is { Kind: FacetKind.Event, Sql.Source: { } events })
            {
                foreach (var plain in tenant.Catalog.Facets.Where(f => f is { Kind: FacetKind.Event, Type: FacetType.List or FacetType.Boolean, Sql: { Filters.Count: 0, Aggregate: null, Source: { } other } }
                    && SameEvents.Share(events, other)))
                {
                    used.UnionWith(WordStems.Of(string.Join(' ', [plain.Name, .. plain.Synonyms])));
                }
            }

            foreach (var filter in condition.SameEvent ?? [])
            {
                used.UnionWith(FacetWords(tenant.Catalog.Find(filter.Facet), filter.Values));
            }
        }

        // A value counts only when a condition holds it: "terminated" is not used by Employment Status = On leave.
        var values = conditions.SelectMany(c => c.Values.Select(v => (c.Facet, v)))
            .Concat(conditions.SelectMany(c => c.SameEvent ?? []).SelectMany(f => f.Values.Select(v => (f.Facet, v))))
            .ToHashSet();
        var numbers = NumbersIn(definition.Conditions());
        var countsEvents = conditions.Any(c => c.Frequency is not null || tenant.Catalog.Find(c.Facet) is { Type: FacetType.Number });
        var typed = entities.Dates.Select(d => new TextSpan(d.Start, d.Length))
            .Concat(entities.Money.Select(m => new TextSpan(m.Start, m.Length)))
            .Concat(entities.Numbers.Select(m => new TextSpan(m.Start, m.Length)))
            .Concat(entities.Frequencies.Where(f => countsEvents || UsesFrequency(numbers, f)).Select(f => new TextSpan(f.Start, f.Length)))
            .Concat(entities.Facets.Where(m => m.Meanings.Any(x => (facets.Contains(x.FacetId) && (x.Value is null || values.Contains((x.FacetId, x.Value))))
                    || x.Kind == LexiconTermKind.Vocabulary || Implied(tenant, facets, x)))
                .Select(m => new TextSpan(m.Start, m.Length)))
            .ToList();

        // A value of a used facet right beside a used term is part of one phrase with it ("pet food" read as the Pets
        // department); any other value of a used facet is not rescued by the facet's own text, which lists every value.
        var otherValues = entities.Facets
            .Where(m => m.Meanings.Any(x => x.Value is not null && facets.Contains(x.FacetId)) && !typed.Any(s => s.Overlaps(new TextSpan(m.Start, m.Length))))
            .Select(m => new TextSpan(m.Start, m.Length))
            .ToList();
        var compounds = otherValues.Where(v => typed.Any(s => s.Overlaps(new TextSpan(v.Start - 2, v.Length + 4)))).ToList();
        typed.AddRange(compounds);
        otherValues.RemoveAll(compounds.Contains);
        var unusedNumbers = entities.Numbers.Concat(entities.Money)
            .Where(m => !numbers.Any(n => Near(n, m.Value) || (m.UpperValue is { } upper && Near(n, upper))))
            .Select(m => new UnusedWord(text.Substring(m.Start, m.Length).Trim().ToLowerInvariant(), NamesCatalogTerm: true))
            .Concat(entities.Frequencies.Where(f => !countsEvents && !UsesFrequency(numbers, f) && !entities.Numbers.Any(n => n.Start >= f.Start && n.Start < f.End))
                .Select(f => new UnusedWord(text.Substring(f.Start, f.Length).Trim().ToLowerInvariant(), NamesCatalogTerm: true)))
            .Where(w => w.Word.Length > 0)
            // "in one transaction": a number inside a phrase the plan used is part of that phrase; "20 hours" read as
            // seconds was used whole.
            .Where(w => !alsoWords.Contains(w.Word) && !also.Any(p => string.Equals(p.Trim(), w.Word, StringComparison.OrdinalIgnoreCase)));
        return WordStems.Words(text)
            .Where(w => (!IsFunctionWord(w.Word) || NamesValue(entities, w)) && w.Word.Length > 1 && !typed.Any(s => s.Overlaps(new TextSpan(w.Start, w.Length)))
                && (!used.Contains(WordStems.Stem(w.Word)) || otherValues.Any(s => s.Overlaps(new TextSpan(w.Start, w.Length)))) && !ComparisonWords.IsNumberWord(w.Word))
            .DistinctBy(w => w.Word, StringComparer.Ordinal)
            .Select(w => new UnusedWord(w.Word, entities.Facets.Any(m => new TextSpan(m.Start, m.Length).Overlaps(new TextSpan(w.Start, w.Length)))))
            .Concat(unusedNumbers)
            .ToList();
    }

    /// <summary>True for a word that carries no condition on its own ("the", "who", "bought", "customers"), or one mistyped.</summary>
    public static bool IsFiller(string word)
    {
        var lower = word.ToLowerInvariant();
        // "bailing" is a word of its own, not "mailing" mistyped: typos rarely change an English word's first letter.
        return FunctionWords.Contains(lower) || FunctionWords.Any(f => (f[0] == lower[0] || !EnglishWords.Contains(lower)) && Retrieval.TermMatcher.IsTypoOf(lower, f));
    }

    // "more than 30 times": a count said is used only when a condition counts with it.
    private static bool UsesFrequency(List<decimal> numbers, FrequencyMention frequency) =>
        numbers.Any(n => Near(n, (decimal)frequency.Frequency.Count));

    // "customers in ME": a code written in capitals names a value even where the same word in lower case is filler.
    private static bool NamesValue(ExtractedEntities entities, (string Word, int Start, int Length) word) =>
        entities.Facets.Any(m => m.Start == word.Start && m.Length == word.Length && m.Text.All(char.IsUpper) && m.Meanings.Any(x => x.Value is not null));

    // Every number a condition compares with; a strict bound said as a range moved by one count or one cent.
    /// <summary>True when a condition of <paramref name="node"/> compares with <paramref name="quantity"/> (or a bound one away from it).</summary>
    public static bool UsesQuantity(SegmentNode node, QuantityMention quantity)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(quantity);
        return NumbersIn(node.Conditions()).Any(n => Near(n, quantity.Value) || (quantity.UpperValue is { } upper && Near(n, upper)));
    }

    private static List<decimal> NumbersIn(IEnumerable<SegmentCondition> conditions)
    {
        var numbers = new List<decimal>();
        foreach (var condition in conditions)
        {
            numbers.AddRange(Parsed(condition.Values));
            numbers.AddRange(condition.Aggregate?.Values ?? []);
            if (condition.Frequency is { } frequency)
            {
                numbers.Add((decimal)frequency.Count);
            }

            numbers.AddRange((condition.SameEvent ?? []).SelectMany(f => Parsed(f.Values)));
        }

        return numbers;
    }

    // A date value counts by its year ("hired before 2020" is before 2020-01-01); a band ("25-34", "65+") by its edges,
    // so "under 35" is used by 18-24 and 25-34; a band is read before a date ("1-10" is a size, not 10 January).
    private static IEnumerable<decimal> Parsed(IEnumerable<string> values) =>
        values.SelectMany(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? [n]
                : NumericBands.Edges(v) is { Count: > 0 } edges ? edges
                : DateOnly.TryParse(v, CultureInfo.InvariantCulture, out var date) ? [date.Year]
                : []);

    private static bool Near(decimal used, decimal said) => Math.Abs(used - said) <= 1m;

    // A long word one letter away from a filler word is that word mistyped ("employes"), not a condition to ask about;
    // an English word that starts differently ("bailing" beside "mailing") is what it says.
    private static bool IsFunctionWord(string word) =>
        FunctionWords.Contains(word)
        || (word.Length >= 6 && FunctionWords.Any(f => f.Length >= 6 && Math.Abs(f.Length - word.Length) <= 1 && (f[0] == word[0] || !EnglishWords.Contains(word))
            && Configuration.EditDistance.Between(f, word) <= 1));

    // "logged in" next to Logins: the value is what a used facet already counts.
    private static bool Implied(Tenant tenant, HashSet<string> facets, LexiconEntry meaning) =>
        meaning.Value is { } value && tenant.Catalog.Find(meaning.FacetId) is { } named
        && facets.Any(f => tenant.Catalog.Find(f) is { } used && SameEvents.Implies(used, named, [value]));

    private static string AggregateWords(AggregateFunction? aggregate) => aggregate switch
    {
        AggregateFunction.Max => "biggest largest highest max maximum top most",
        AggregateFunction.Min => "smallest lowest min minimum least",
        AggregateFunction.Sum => "total combined overall sum",
        AggregateFunction.Avg => "average mean typical",
        _ => "",
    };

    private static IEnumerable<string> FacetWords(Facet? facet, IReadOnlyList<string> values)
    {
        if (facet is null)
        {
            return [];
        }

        // "biggest deal", "total spend", "average order": the words of the facet's aggregate are what it computes.
        var text = string.Join(' ', [facet.Name, facet.Category, facet.Subcategory ?? "", facet.Description, facet.Purpose, .. facet.Synonyms, .. facet.Antonyms,
            AggregateWords(facet.Sql.Aggregate),
            .. values.SelectMany(v => facet.FindValue(v) is { } known ? [known.Value, known.Label, .. known.Synonyms] : new[] { v })]);
        return WordStems.Of(text);
    }
}
