using System.Text.RegularExpressions;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Finds values of one list facet joined by a coordinator ("silver or gold", "Washington or Oregon", "founders and
/// advisors", "Jira or Linear"): the coordinator joins the two values, not two clauses, so whatever surrounds the
/// list applies to all of it — "silver or gold members in Ohio" is (silver ∨ gold) ∧ Ohio, "not in EMEA or APAC"
/// negates both. "And" joins values only of an attribute, which holds one value per person ("in California and
/// Texas" can only mean either); two purchases joined by "and" are two conditions.
/// </summary>
internal static partial class ValueCoordination
{
    /// <summary>Every coordinated list in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<CoordinatedValues> Find(string text, IReadOnlyList<FacetMention> mentions, FacetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var values = mentions.Where(m => ValueFacets(m).Any()).OrderBy(m => m.Start).ToList();
        var lists = new List<CoordinatedValues>();
        var run = new List<FacetMention>();
        HashSet<string>? facets = null;
        var anyOr = false;
        for (var i = 0; i < values.Count; i++)
        {
            var mention = values[i];
            if (run.Count > 0 && mention.Start >= run[^1].End
                && Coordinator().Match(text[run[^1].End..mention.Start]) is { Success: true } joint
                && facets!.Intersect(ValueFacets(mention)).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } shared)
            {
                var isOr = !joint.Groups["and"].Success;
                var attributeOnly = shared.Where(f => catalog.Find(f) is { Kind: FacetKind.Attribute }).ToHashSet(StringComparer.Ordinal);
                if (isOr || attributeOnly.Count > 0)
                {
                    facets = isOr ? shared : attributeOnly;
                    anyOr |= isOr;
                    run.Add(mention);
                    continue;
                }
            }

            Close(lists, run, facets, anyOr, text, catalog);
            run = [mention];
            facets = ValueFacets(mention).ToHashSet(StringComparer.Ordinal);
            anyOr = false;
        }

        Close(lists, run, facets, anyOr, text, catalog);
        return lists;
    }

    private static void Close(List<CoordinatedValues> lists, List<FacetMention> run, HashSet<string>? facets, bool anyOr, string text, FacetCatalog catalog)
    {
        if (run.Count < 2 || facets is null)
        {
            return;
        }

        // The facet whose name the words around the list say ("an observability or engineering tools licence" is a
        // licence's app category); else the one the first value names first ("Texas" is a home state before a store state).
        // Only the words right beside the list: "seattle or new york based staff who signed in from …" is an office list.
        // A relative pronoun or a comma ends the list's clause: "people in seattle or new york who signed in from …"
        // says nothing about the list with "signed".
        var before = WordStems.Words(ClauseBefore(text[..run[0].Start])).Select(w => w.Word).Where(w => !Linking.Contains(w)).TakeLast(2);
        var after = WordStems.Words(ClauseAfter(text[run[^1].End..])).Select(w => w.Word).Where(w => !Linking.Contains(w)).Take(2);
        var around = WordStems.Of(string.Join(' ', before.Concat(after)));
        var inOrder = run[0].Meanings.Where(m => m.Value is not null && facets.Contains(m.FacetId)).Select(m => m.FacetId).Distinct(StringComparer.Ordinal).ToList();
        var named = inOrder.Select(id => (Id: id, Score: catalog.Find(id) is { } f ? WordStems.Of(string.Join(' ', [f.Name, .. f.Synonyms])).Count(w => w.Length >= 3 && around.Contains(w)) : 0)).ToList();
        var facet = named.Max(n => n.Score) > 0 && named.Count(n => n.Score == named.Max(x => x.Score)) == 1
            ? named.MaxBy(n => n.Score).Id
            : inOrder[0];
        var chosen = run.Select(m => m.Meanings.First(x => x.FacetId == facet && x.Value is not null).Value!).Distinct(StringComparer.Ordinal).ToList();
        lists.Add(new CoordinatedValues(new TextSpan(run[0].Start, run[^1].End - run[0].Start), facet, chosen, run.ToList(), anyOr));
    }

    private static readonly HashSet<string> Linking = new(["the", "a", "an", "is", "are", "was", "were", "in", "on", "at", "of", "to", "for", "their", "our", "its"], StringComparer.Ordinal);

    private static IEnumerable<string> ValueFacets(FacetMention mention) =>
        mention.Meanings.Where(m => m.Kind is LexiconTermKind.Value or LexiconTermKind.ValueSynonym && m.Value is not null && !m.Restricted).Select(m => m.FacetId).Distinct(StringComparer.Ordinal);

    // Between two values: a comma, "or", "and", "/", optionally "either"-less repeats of a preposition or article
    // ("on Jira or on Linear", "in Ohio, or in Texas").
    [GeneratedRegex(@"^\s*(?:,\s*|/\s*|(?:,\s*)?(?:(?<or>or)|(?<and>and|&|as\s+well\s+as|plus))\s+)(?:(?:on|in|from|at|for|the|a|an|to|of)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coordinator();

    private static string ClauseBefore(string text) => ClauseBoundary().Matches(text) is { Count: > 0 } ends ? text[(ends[^1].Index + ends[^1].Length)..] : text;

    private static string ClauseAfter(string text) => ClauseBoundary().Match(text) is { Success: true } end ? text[..end.Index] : text;

    [GeneratedRegex(@"[,;?!]|\b(?:who|whose|that|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();
}
