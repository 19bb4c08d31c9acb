using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Every term a tenant's users may write for something in its catalog — facet names and synonyms, list values,
/// their labels and synonyms, vocabulary phrases — and what each means. Built once per loaded tenant.
/// </summary>
internal sealed partial class TenantLexicon
{
    // Two-letter codes that are also English words: "IN", "OR", "ME" typed in capitals are not states.
    private static readonly HashSet<string> CodesThatAreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "or", "me", "ok", "hi", "as", "at", "be", "do", "go", "no", "on", "so", "to", "up", "us", "we", "an", "am",
        "is", "it", "of", "by", "my", "he", "id", "if",
    };

    // Catalog values that are ordinary function words would turn every "none" or "no" into a facet mention.
    private static readonly HashSet<string> FunctionWordTerms = new(StringComparer.OrdinalIgnoreCase) { "none", "no", "not", "yes" };

    private static readonly ConditionalWeakTable<Tenant, TenantLexicon> Cache = [];

    private readonly Dictionary<string, List<LexiconEntry>> _byKey;
    private readonly Dictionary<string, List<LexiconEntry>> _byCode;
    private readonly Dictionary<string, List<LexiconEntry>> _wordCodes;
    private readonly HashSet<string> _words;

    private TenantLexicon(string tenantId, IReadOnlyList<LexiconEntry> entries)
    {
        TenantId = tenantId;
        Entries = entries;
        _byKey = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        _byCode = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        _wordCodes = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        _words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var key = entry.CaseSensitive ? entry.Term : WordTokenizer.Key(entry.Term);
            if (key.Length == 0)
            {
                continue;
            }

            var index = entry.IsWord ? _wordCodes : entry.CaseSensitive ? _byCode : _byKey;
            if (!index.TryGetValue(key, out var meanings))
            {
                meanings = [];
                index[key] = meanings;
            }

            if (!meanings.Exists(m => m.FacetId == entry.FacetId && m.Value == entry.Value && m.Kind == entry.Kind))
            {
                meanings.Add(entry);
            }

            if (!entry.CaseSensitive)
            {
                _words.UnionWith(key.Split(' '));
            }

            LongestTermWords = Math.Max(LongestTermWords, key.Count(c => c == ' ') + 1);
        }

        Terms = [.. _byKey.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The tenant the lexicon belongs to.</summary>
    public string TenantId { get; }

    /// <summary>Every term and meaning, in catalog order, then vocabulary.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Distinct lookup keys of case-insensitive terms (lower-case words joined by spaces).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The most words any term has.</summary>
    public int LongestTermWords { get; }

    /// <summary>The tenant's lexicon, built on first use and kept for as long as the tenant is loaded.</summary>
    public static TenantLexicon For(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return Cache.GetValue(tenant, Build);
    }

    /// <summary>Builds a lexicon without caching it.</summary>
    public static TenantLexicon Build(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var entries = new List<LexiconEntry>();
        foreach (var facet in tenant.Catalog.Facets)
        {
            var restricted = tenant.WhyFacetIsUnusable(facet) is not null;
            entries.Add(new LexiconEntry(facet.Name, facet.Id, null, facet.Name, LexiconTermKind.FacetName) { Restricted = restricted });
            entries.AddRange(facet.Synonyms.Select(s => new LexiconEntry(s, facet.Id, null, facet.Name, LexiconTermKind.FacetSynonym) { Restricted = restricted }));
            entries.AddRange(facet.Antonyms.Select(s => new LexiconEntry(s, facet.Id, null, $"not {facet.Name}", LexiconTermKind.FacetAntonym) { Restricted = restricted }));
            foreach (var value in facet.Values)
            {
                entries.AddRange(ValueTerms(facet, value, restricted));
            }
        }

        var people = PeopleNouns(tenant);
        var modifiers = new List<(string[] Words, VocabularyEntry Vocabulary)>();
        foreach (var vocabulary in tenant.Config.Vocabulary)
        {
            entries.Add(new LexiconEntry(vocabulary.Phrase, vocabulary.Condition.Facet, null, vocabulary.Phrase, LexiconTermKind.Vocabulary)
            {
                Vocabulary = vocabulary,
            });

            modifiers.Add((vocabulary.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), vocabulary));
        }

        // "paying users" also says "paying founders": a modifier that only this phrase uses means it before any noun for
        // people, and the noun keeps its own meaning. Rates and ages ("daily users", "new customers") are not carried.
        foreach (var (phraseWords, vocabulary) in modifiers)
        {
            if (phraseWords is [var modifier, var noun] && people.Contains(noun) && !NotCarried.Contains(modifier.ToLowerInvariant())
                && entries.Count(e => WordTokenizer.Key(e.Term).Split(' ').Contains(modifier.ToLowerInvariant())) == 1)
            {
                entries.Add(new LexiconEntry(modifier, vocabulary.Condition.Facet, null, vocabulary.Phrase, LexiconTermKind.Vocabulary) { Vocabulary = vocabulary });
            }
        }

        return new TenantLexicon(tenant.Id, [.. entries.Where(e => !FunctionWordTerms.Contains(e.Term.Trim()))]);
    }

    /// <summary>The meanings of a phrase written exactly as a term (case-insensitive, except short capital codes); empty when none.</summary>
    public IReadOnlyList<LexiconEntry> Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var trimmed = phrase.Trim();
        if (_byCode.TryGetValue(trimmed, out var coded))
        {
            return coded;
        }

        return _byKey.TryGetValue(WordTokenizer.Key(trimmed), out var meanings) ? meanings : [];
    }

    /// <summary>True when the phrase is a term of the lexicon.</summary>
    public bool IsTerm(string phrase) => Lookup(phrase).Count > 0;

    /// <summary>True when <paramref name="word"/> occurs in any case-insensitive term ("seafood" from "Meat &amp; Seafood").</summary>
    public bool ContainsWord(string word) => _words.Contains(word);

    /// <summary>Lower-case words that occur in terms.</summary>
    public IReadOnlyCollection<string> Words => _words;

    // Codes that are also everyday words ("ME", "OR", "IN"), exactly as written; the caller decides they stand out.
    internal IReadOnlyList<LexiconEntry> LookupWordCode(string exact) => _wordCodes.TryGetValue(exact, out var coded) ? coded : [];

    internal IReadOnlyList<LexiconEntry> LookupKey(string lowerKey, string exactKey) =>
        _byCode.TryGetValue(exactKey, out var coded) ? coded
        : _byKey.TryGetValue(lowerKey, out var meanings) ? meanings
        : [];

    private static IEnumerable<LexiconEntry> ValueTerms(Facet facet, FacetValue value, bool restricted)
    {
        var label = value.Label;
        if (IsCode(value.Value))
        {
            yield return new LexiconEntry(value.Value, facet.Id, value.Value, label, LexiconTermKind.Value)
            {
                CaseSensitive = true, Restricted = restricted, IsWord = CodesThatAreWords.Contains(value.Value),
            };
        }
        else
        {
            yield return new LexiconEntry(value.Value, facet.Id, value.Value, label, LexiconTermKind.Value) { Restricted = restricted };
        }

        if (!string.Equals(label, value.Value, StringComparison.OrdinalIgnoreCase))
        {
            yield return new LexiconEntry(label, facet.Id, value.Value, label, LexiconTermKind.Value) { Restricted = restricted };
        }

        // "35-44" is also said "35 to 44" or "between 35 and 44".
        if (NumberRange().Match(value.Value) is { Success: true } range)
        {
            var (low, high) = (range.Groups[1].Value, range.Groups[2].Value);
            foreach (var said in new[] { $"{low} to {high}", $"{low} through {high}", $"between {low} and {high}", $"from {low} to {high}" })
            {
                yield return new LexiconEntry(said, facet.Id, value.Value, label, LexiconTermKind.ValueSynonym) { Restricted = restricted };
            }
        }

        foreach (var synonym in value.Synonyms)
        {
            yield return IsCode(synonym)
                ? new LexiconEntry(synonym, facet.Id, value.Value, label, LexiconTermKind.ValueSynonym) { CaseSensitive = true, Restricted = restricted }
                : new LexiconEntry(synonym, facet.Id, value.Value, label, LexiconTermKind.ValueSynonym) { Restricted = restricted };
        }
    }

    // Nouns for the people a tenant's segments hold, whatever the tenant.
    private static HashSet<string> PeopleNouns(Tenant tenant)
    {
        return new HashSet<string>(["users", "customers", "employees", "people", "members", "shoppers", "staff", "accounts", "folks", "buyers", "workers"], StringComparer.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> NotCarried = new(["daily", "weekly", "monthly", "new", "recent", "frequent", "regular", "heavy", "light", "big", "top", "all", "current", "active"], StringComparer.Ordinal);

    // "ME", "IT", "CAT": capitals set a code apart from the word; "CRM" is no word, so "crm" typed in lower case is it too.
    private static bool IsCode(string text) =>
        text.Length is >= 2 and <= 3 && text.All(char.IsAsciiLetterUpper) && (text.Length == 2 || EnglishWords.Contains(text));

    [GeneratedRegex(@"^(\d+)\s*[-–]\s*(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRange();
}
