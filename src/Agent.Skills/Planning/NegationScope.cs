using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// What a negated part's "not" governs. "haven't bought electronics in texas" and "aren't gold members in the west"
/// exclude a purchase or a tier among the people of a place: the negation belongs to what it is said with, and a
/// place, plan or count named after it says who is meant. What else is said about the excluded events ("never bought
/// shoes online": one kind of purchase) stays under the NOT with it.
/// </summary>
internal static class NegationScope
{
    /// <summary>
    /// The node a negated part stands for: the condition said first (and what shares its events) under NOT, the rest as
    /// they are. <paramref name="position"/> says where in the message a condition's words begin, when the catalog
    /// words for it were found there.
    /// </summary>
    public static SegmentNode Negate(SegmentNode node, FacetCatalog catalog, Func<SegmentCondition, int?> position)
    {
        if (node is not AndNode and || Flattened(and) is not { Count: > 1 } children || children.OfType<SegmentCondition>().ToList() is not { Count: > 0 } conditions)
        {
            return Not(node, catalog);
        }

        // Parts keep their conditions in the order said; the catalog's words, where found, correct that order.
        var first = position(conditions[0]) is { } said && conditions.Where(c => position(c) < said).MinBy(c => position(c)) is { } earlier ? earlier : conditions[0];
        var at = position(first) ?? -1;
        if (catalog.Find(first.Facet) is not { } governed)
        {
            return Not(node, catalog);
        }

        var qualifiers = children
            .Where(c => c != first && Qualifies(c, governed, catalog) && (c is not SegmentCondition q || position(q) is not { } p || p > at))
            .ToList();
        if (qualifiers.Count == 0)
        {
            return Not(node, catalog);
        }

        var negated = children.Except(qualifiers).ToList();
        SegmentNode excluded = negated.Count == 1 ? negated[0] : new AndNode { Children = negated };
        return new AndNode { Children = [Not(excluded, catalog), .. qualifiers] };
    }

    // "aren't loyalty members": not "any tier but None" is the tier None, said as the user would say it.
    private static SegmentNode Not(SegmentNode node, FacetCatalog catalog) =>
        node is SegmentCondition { Operator: ConditionOperator.NotIn, Window: null, SameEvent: null or { Count: 0 } } condition
        && catalog.Find(condition.Facet) is { Kind: FacetKind.Attribute } facet && facet.Operators.Contains(ConditionOperator.In)
            ? condition with { Operator = ConditionOperator.In }
            : new NotNode { Child = node };

    private static List<SegmentNode> Flattened(AndNode and) =>
        and.Children.SelectMany(c => c is AndNode inner ? Flattened(inner) : [c]).ToList();

    private static bool Qualifies(SegmentNode child, Facet governed, FacetCatalog catalog) =>
        child is SegmentCondition { SameEvent: null or { Count: 0 } } condition
        && catalog.Find(condition.Facet) is { } facet
        && facet.Id != governed.Id
        && (facet.Kind == FacetKind.Attribute || governed.Kind == FacetKind.Attribute);
}
