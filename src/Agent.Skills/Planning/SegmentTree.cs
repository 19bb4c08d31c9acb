using System.Text.RegularExpressions;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Assembles the parts of a request into one boolean tree: runs of parts joined by "or" become OR groups, and
/// the groups are ANDed — "gold or platinum members who bought toys" is (gold OR platinum) AND toys.
/// </summary>
internal static partial class SegmentTree
{
    /// <summary>The tree for <paramref name="parts"/>; a single part is its own root.</summary>
    /// <param name="parts">The planned parts in request order.</param>
    /// <param name="sameKind">
    /// Whether two facets hold the same kind of thing (push and SMS permission): an alternative of that kind after a
    /// group is an alternative to the group's last condition, not to the whole group.
    /// </param>
    /// <param name="describesPeople">
    /// Whether a facet says who people are rather than what they did: a lone part after "or" that names no one
    /// ("… who bought or returned toys") is an alternative to the verb before it, not to the whole clause.
    /// </param>
    public static SegmentNode Combine(IReadOnlyList<PlannedPart> parts, Func<string, string, bool>? sameKind = null, Func<string, bool>? describesPeople = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("a segment needs at least one part", nameof(parts));
        }

        if (RelativeAlternatives(parts) is { } alternatives)
        {
            return alternatives;
        }

        if (ClausesOred(parts, describesPeople) is { } clauses)
        {
            return clauses;
        }

        var groups = new List<List<SegmentNode>>();
        foreach (var part in parts)
        {
            if (part.JoinedByOr && groups.Count > 0 && !part.Relative && groups[^1] is [AndNode group] && part.Node is SegmentCondition alternative
                && ParallelChild(group, alternative, sameKind) is { } at)
            {
                // "lapsed customers with push opt-in or SMS opt-in": lapsed AND (push OR SMS), not (lapsed AND push) OR SMS.
                var children = group.Children.ToList();
                children[at] = MergeAlternatives([children[at], alternative]);
                groups[^1][0] = group with { Children = children };
            }
            else if (part.JoinedByOr && groups.Count > 0)
            {
                groups[^1].Add(part.Node);
            }
            else
            {
                groups.Add([part.Node]);
            }
        }

        var anded = groups.Select(g => g.Count == 1 ? g[0] : MergeAlternatives(g)).ToList();
        return anded.Count == 1 ? anded[0] : new AndNode { Children = anded };
    }

    // The condition of the group an alternative stands beside: the last one on the same attribute ("in Texas … or
    // Florida"), else the last one when it is the same kind of thing and the first (the people named) is not.
    private static int? ParallelChild(AndNode group, SegmentCondition alternative, Func<string, string, bool>? sameKind)
    {
        var children = group.Children;
        for (var i = children.Count - 1; i >= 1; i--)
        {
            if (children[i] is SegmentCondition same && same.Facet == alternative.Facet)
            {
                return i;
            }
        }

        return sameKind is not null && children.Count > 1
            && children[^1] is SegmentCondition last && sameKind(last.Facet, alternative.Facet)
            && (children[0] is not SegmentCondition first || (first.Facet != alternative.Facet && !sameKind(first.Facet, alternative.Facet)))
            ? children.Count - 1
            : null;
    }

    // "customers who were sent 10+ emails without opening any, or who unsubscribed": a "who" clause after "or" is an
    // alternative to the whole "who" clause before it, not to that clause's last part; what the people were named
    // with before the first "who" holds for both.
    private static SegmentNode? RelativeAlternatives(IReadOnlyList<PlannedPart> parts)
    {
        var first = parts.ToList().FindIndex(p => p.Relative);
        // "everyone on leave, or who left but still has a seat": the "who" clause after "or" is an alternative to the
        // people named before it, and what follows it in its own clause is said of it alone.
        var alternativeToBefore = first > 0 && parts[first].JoinedByOr;
        if (first < 0 || (!alternativeToBefore && !parts.Skip(first + 1).Any(p => p.Relative && p.JoinedByOr)))
        {
            return null;
        }

        var clauses = new List<(List<PlannedPart> Parts, bool Ored)>();
        if (alternativeToBefore)
        {
            clauses.Add((parts.Take(first).ToList(), false));
        }

        foreach (var part in parts.Skip(first))
        {
            if (part.Relative || clauses.Count == 0)
            {
                clauses.Add(([part with { Relative = false, JoinedByOr = false }], part.JoinedByOr && clauses.Count > 0));
            }
            else
            {
                clauses[^1].Parts.Add(part with { Relative = false });
            }
        }

        if (clauses.All(c => c.Parts.Count == 1))
        {
            // "who bought toys or who bought games": alternatives of one part each keep the usual reading.
            return null;
        }

        var groups = new List<List<SegmentNode>>();
        foreach (var (clause, ored) in clauses)
        {
            var node = Combine(clause);
            if (ored)
            {
                groups[^1].Add(node);
            }
            else
            {
                groups.Add([node]);
            }
        }

        var alternativesOred = groups.Select(g => g.Count == 1 ? g[0] : new OrNode { Children = g });
        List<SegmentNode> anded = first > 0 && !alternativeToBefore ? [Combine(parts.Take(first).ToList()), .. alternativesOred] : [.. alternativesOred];
        return anded.Count == 1 ? anded[0] : new AndNode { Children = anded };
    }

    // "platinum members who bought electronics or gold members who bought video games": when each side of an "or" is
    // people with a "who" clause of their own, the "or" is between the two whole groups, not between two words.
    private static SegmentNode? ClausesOred(IReadOnlyList<PlannedPart> parts, Func<string, bool>? describesPeople)
    {
        var clauses = new List<(List<PlannedPart> Parts, bool JoinedByOr)>();
        foreach (var part in parts)
        {
            if (part.Relative && clauses.Count > 0)
            {
                clauses[^1].Parts.Add(part);
            }
            else
            {
                clauses.Add(([part], part.JoinedByOr));
            }
        }

        // A clause says more than one thing about its people: a "who" clause, several conditions, or a "who" of its own.
        bool HasOwnClause(List<PlannedPart> clause) => clause.Count > 1 || clause[0].Relative
            || (clause[0].Node is AndNode and && (describesPeople is null || and.Conditions().Any(c => describesPeople(c.Facet))));
        var ored = Enumerable.Range(1, clauses.Count - 1).Where(i => clauses[i].JoinedByOr && HasOwnClause(clauses[i].Parts) && HasOwnClause(clauses[i - 1].Parts)).ToList();
        if (ored.Count == 0 || ored.Count != clauses.Count(c => c.JoinedByOr) || clauses.Any(c => c.Parts.Skip(1).Any(p => p.JoinedByOr)))
        {
            // Any other "or" in the request joins single words and keeps its usual reading.
            return null;
        }

        var groups = new List<List<SegmentNode>>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var node = Combine(clauses[i].Parts.Select(p => p with { Relative = false, JoinedByOr = false }).ToList());
            if (ored.Contains(i))
            {
                groups[^1].Add(node);
            }
            else
            {
                groups.Add([node]);
            }
        }

        var anded = groups.Select(g => g.Count == 1 ? g[0] : new OrNode { Children = g }).ToList();
        return anded.Count == 1 ? anded[0] : new AndNode { Children = anded };
    }

    /// <summary>
    /// Merges conditions ANDed at the top on one attribute that holds a single value per person: "55-64 year olds and
    /// seniors" means either band, since nobody is in both; read literally it would be a segment no one can be in.
    /// </summary>
    public static SegmentNode MergeSingleValued(SegmentNode root, Func<string, bool> holdsOneValue)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(holdsOneValue);
        if (root is not AndNode and)
        {
            return root;
        }

        var children = new List<SegmentNode>();
        foreach (var child in and.Children)
        {
            if (child is SegmentCondition { Operator: ConditionOperator.In, SameEvent: null, Window: null } condition && holdsOneValue(condition.Facet)
                && children.FindIndex(c => c is SegmentCondition { Operator: ConditionOperator.In, SameEvent: null, Window: null } other && other.Facet == condition.Facet) is var at and >= 0)
            {
                var first = (SegmentCondition)children[at];
                children[at] = first with
                {
                    Values = first.Values.Concat(condition.Values).Distinct(StringComparer.Ordinal).ToList(),
                    SourceText = $"{first.SourceText} and {condition.SourceText}",
                    Confidence = Math.Min(first.Confidence, condition.Confidence),
                };
                continue;
            }

            children.Add(child);
        }

        return children.Count == 1 ? children[0] : and with { Children = children };
    }

    // "Texas or Florida" is one condition with two values, not two conditions ORed: the same members, and it reads as said.
    // "opened or clicked the pet newsletters": one list only when each value was read on the same kind of event.
    private static string SameEventKey(SegmentCondition condition) =>
        string.Join(';', (condition.SameEvent ?? []).Select(f => $"{f.Facet} {f.Operator} {string.Join(',', f.Values)}"));

    private static SegmentNode MergeAlternatives(List<SegmentNode> alternatives)
    {
        if (alternatives.All(a => a is SegmentCondition { Operator: ConditionOperator.In })
            && alternatives.Cast<SegmentCondition>().Select(c => (c.Facet, c.Window, c.Frequency, c.Aggregate, SameEventKey(c))).Distinct().Count() == 1)
        {
            var conditions = alternatives.Cast<SegmentCondition>().ToList();
            return conditions[0] with
            {
                Values = conditions.SelectMany(c => c.Values).Distinct(StringComparer.Ordinal).ToList(),
                SourceText = string.Join(" or ", conditions.Select(c => c.SourceText)),
                Confidence = conditions.Min(c => c.Confidence),
            };
        }

        return new OrNode { Children = alternatives };
    }

    /// <summary>A short name from the user's words ("Gold members who bought toys").</summary>
    public static string NameFrom(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var framed = Regex.Replace(ConversationalFrame.Blank(request).Core, @"\s{2,}", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var text = NewSegmentLead().Replace(framed.Trim().TrimEnd('.', '?', '!', ',', '-'), "");
        text = RequestFrame().Replace(text, "");
        if (text.Length > 60)
        {
            var cut = text.LastIndexOf(' ', 60);
            text = (cut > 20 ? text[..cut] : text[..60]) + "…";
        }

        return text.Length == 0 ? "Untitled segment" : char.ToUpperInvariant(text[0]) + text[1..];
    }

    // "can you tell me how many …", "I'm curious whether we have …", "show me all the …": how it was asked, not who.
    [GeneratedRegex(@"^(?:(?:hi|hey|hello|ok|okay|so(?!\s+far\b)|please)[,.!]?\s+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|i'?m\s+(?:curious|wondering)\s+(?:whether|if|how\s+many)\s+|i\s+(?:want|need|would\s+like|'d\s+like)\s+(?:to\s+(?:see|know|find|get|target|reach)\s+)?)*(?:(?:tell|show|give|find|get|pull|list|build|make|create|fetch|grab)\s+(?:(?:me|us)\b\s*)?)?(?:how\s+many\s+|a\s+(?:list|count|segment|audience|group)\s+of\s+|(?:whether|if)\s+)?(?:(?:do|did)\s+we\s+have\s+(?:any\s+|many\s+)?|we\s+have\s+(?:any\s+)?|who\s+are\s+)?(?:all\s+)?(?:the\s+|our\s+)?(?=\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestFrame();

    /// <summary>"new segment: …", "another audience -": words that say what to do, not who; <c>word</c> is the adjective.</summary>
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|now|actually)[,.!]?\s+)*(?:a\s+)?(?<word>new|another|fresh|different)\s+(?:segment|audience|one)\b\s*[:,-]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NewSegmentLead();
}
