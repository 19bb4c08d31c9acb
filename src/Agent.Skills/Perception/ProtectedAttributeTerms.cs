using System.Collections.Frozen;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Everyday words for the protected attributes a tenant lists in tenant.yaml. People rarely name the attribute
/// itself ("female founders", not "founders by gender"), so a listed attribute is also recognised by these words.
/// Only attributes the tenant lists are expanded: "men's shoes" is a product in a retailer that does not list gender.
/// </summary>
internal static class ProtectedAttributeTerms
{
    private static readonly FrozenDictionary<string, string[]> Terms = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["age"] = ["years old", "year old", "year olds", "aged", "younger", "elderly", "seniors", "senior citizens", "retirees", "millennials", "boomers", "baby boomers", "gen z", "generation z"],
        ["gender"] = ["female", "male", "women", "woman", "men", "non-binary", "nonbinary", "transgender"],
        ["sex"] = ["female", "male", "women", "woman", "men"],
        ["union membership"] = ["union member", "unionized", "unionised", "labor union", "labour union", "trade union"],
        ["veteran status"] = ["veteran", "military veteran"],
        ["pregnancy"] = ["pregnant", "expecting mother", "expectant", "expectant mother", "expectant parent", "mom to be", "moms to be", "mother to be", "mothers to be", "mum to be", "mums to be", "maternity"],
        ["medical leave"] = ["sick leave", "on medical leave"],
        ["marital status"] = ["married", "single parent", "divorced", "widowed"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words that also mean <paramref name="attributeKey"/> (a tokenized attribute name), if any.</summary>
    public static IReadOnlyList<string> For(string attributeKey) => Terms.GetValueOrDefault(attributeKey) ?? [];
}
