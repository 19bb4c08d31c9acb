using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Refuses, before any reasoning, messages that ask for personal data, segment people on a protected attribute,
/// or try to change the agent's instructions (including SQL typed into the message). Ordinary marketing
/// attributes of the catalog — age band, gender, state, pharmacy or vitamin purchases — are not refused.
/// </summary>
internal sealed partial class SafetyGuard
{
    private const string InjectionReason = "That reads as an attempt to change my instructions or see how I work; I can only build, explain and size customer segments.";
    private const string SqlReason = "I don't run SQL typed into the chat. Describe the customers you want and I'll write the SQL.";

    private static readonly ConditionalWeakTable<Tenant, IReadOnlyList<(string Key, string Attribute)>> TenantAttributes = [];

    /// <summary>Checks <paramref name="text"/> (normalized) against the built-in rules and <paramref name="tenant"/>'s catalog and protected attributes.</summary>
    public SafetyVerdict Check(string text, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tenant);
        return Injection(text) ?? PersonalData(text, tenant) ?? Protected(text, tenant) ?? SafetyVerdict.Safe;
    }

    private static SafetyVerdict? Injection(string text)
    {
        if (FirstMatch(text, OverrideInstructions(), RevealPrompt(), Persona()) is { } matched)
        {
            return SafetyVerdict.Refuse(SafetyCategory.PromptInjection, InjectionReason, matched);
        }

        return FirstMatch(text, SqlStatement(), SqlTautology(), SqlComment()) is { } sql
            ? SafetyVerdict.Refuse(SafetyCategory.PromptInjection, SqlReason, sql)
            : null;
    }

    private static SafetyVerdict? PersonalData(string text, Tenant tenant)
    {
        if ((FirstMatch(text, ContactDataRequest(), PossessiveContactData(), PersonalTargeting()) ?? NamedIndividual(text, tenant)) is { } matched)
        {
            return SafetyVerdict.Refuse(
                SafetyCategory.Pii,
                "I can't share or target personal data such as names, e-mail addresses, phone numbers or home addresses; segments return customer ids only.",
                matched);
        }

        var lexicon = TenantLexicon.For(tenant);
        foreach (var mention in TermMatcher.Find(text, lexicon, []))
        {
            if (mention.Meanings.All(m => m.Restricted) && IsDistinctive(mention, lexicon))
            {
                var facet = tenant.Catalog.Find(mention.FacetId);
                var why = facet is null ? null : tenant.WhyFacetIsUnusable(facet);
                return SafetyVerdict.Refuse(SafetyCategory.Pii, $"I can't use that: {why}.", mention.Text);
            }
        }

        return null;
    }

    // A capitalised facet name ("customer Signup Date", "user Drop-off Count") is the catalog, not a person.
    private static string? NamedIndividual(string text, Tenant tenant) =>
        NamedPerson().Matches(text).FirstOrDefault(m => m.Groups["name"].Value is var name
            && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !EnglishWords.Contains(w))
            && !tenant.Catalog.Facets.Any(f => name.StartsWith(f.Name, StringComparison.OrdinalIgnoreCase) || f.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)))?.Value;

    // "name" or "e-mail" alone are everyday words; only a term that says more ("date of birth", "surname") is targeting.
    private static bool IsDistinctive(FacetMention mention, TenantLexicon lexicon) =>
        mention.Text.Contains(' ', StringComparison.Ordinal)
        || (mention.Score >= 1.0 && !EverydayWords.Contains(mention.Text) && !lexicon.Entries.Any(e => !e.Restricted && WordTokenizer.Key(e.Term).Split(' ').Contains(mention.Text.ToLowerInvariant())));

    private static SafetyVerdict? Protected(string text, Tenant tenant)
    {
        var builtIn = new (Regex Pattern, string Attribute)[]
        {
            (RaceOrEthnicity(), "race or ethnicity"),
            (Religion(), "religion"),
            (NationalOrigin(), "national origin or immigration status"),
            (SexualOrientation(), "sexual orientation or gender identity"),
            (Disability(), "disability"),
            (HealthCondition(), "health conditions"),
        };
        foreach (var (pattern, attribute) in builtIn)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!NamesCatalogPlace(match.Value, tenant))
                {
                    return ProtectedRefusal(attribute, match.Value);
                }
            }
        }

        var tokens = WordTokenizer.Tokenize(text);
        foreach (var (key, attribute) in TenantAttributes.GetValue(tenant, ReadTenantAttributes))
        {
            var words = key.Split(' ');
            for (var first = 0; first + words.Length <= tokens.Count; first++)
            {
                var window = WordTokenizer.Key(tokens, first, words.Length);
                if (window == key || window == key + "s" || window == key + "es")
                {
                    var end = tokens[first + words.Length - 1].End;
                    return ProtectedRefusal(attribute, text[tokens[first].Start..end]);
                }
            }
        }

        // "engineers over 50", "staff in their 60s": an age said as a number about people, where the tenant protects age.
        return tenant.Config.ProtectedAttributes.Any(a => a.Equals("age", StringComparison.OrdinalIgnoreCase)) && AgeByNumber().Match(text) is { Success: true } age
            ? ProtectedRefusal("age", age.Value)
            : null;
    }

    private static readonly HashSet<string> PlacePeople = new(["users", "user", "customers", "customer", "people", "employees", "staff", "folks", "members", "shoppers", "buyers", "founders", "investors", "clients", "accounts"], StringComparer.OrdinalIgnoreCase);

    // "european users" where Europe is one of the tenant's regions: where people are, which the catalog offers, not
    // where they come from.
    private static bool NamesCatalogPlace(string matched, Tenant tenant)
    {
        var words = matched.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !PlacePeople.Contains(words[1]))
        {
            return false;
        }

        var first = words[0];
        return TenantLexicon.For(tenant).Entries.Any(e => !e.Restricted && e.Value is not null && string.Equals(e.Term, first, StringComparison.OrdinalIgnoreCase)
            && tenant.Catalog.Find(e.FacetId) is { Kind: Catalog.FacetKind.Attribute } facet && !tenant.Config.ProtectedAttributes.Contains(facet.Id, StringComparer.OrdinalIgnoreCase));
    }

    private static IReadOnlyList<(string Key, string Attribute)> ReadTenantAttributes(Tenant tenant) =>
        [.. tenant.Config.ProtectedAttributes
            .Select(a => (Key: WordTokenizer.Key(a), Attribute: a))
            .Where(a => a.Key.Length > 0)
            .SelectMany(a => ProtectedAttributeTerms.For(a.Key).Select(term => (WordTokenizer.Key(term), a.Attribute)).Prepend(a))
            .Distinct()];

    private static SafetyVerdict ProtectedRefusal(string attribute, string matched) =>
        SafetyVerdict.Refuse(
            SafetyCategory.ProtectedAttribute,
            $"I can't build segments on {attribute} ('{matched}'); it is a protected attribute. I can target purchases, engagement, location and the other attributes of your catalog instead.",
            matched);

    private static string? FirstMatch(string text, params Regex[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return match.Value;
            }
        }

        return null;
    }
}
