using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// "founders with a deal created in the last 90 days that ended closed lost": a deal created that ended closed lost
/// is a deal created, so the yes/no "Created a Deal" beside the status says nothing the status does not. A plain flag
/// for any event is dropped when another condition the segment must also meet needs such an event in the same period.
/// </summary>
internal static class ImpliedFlags
{
    /// <summary>The tree without the flags its other conditions imply, and the flags dropped.</summary>
    public static (SegmentNode Root, IReadOnlyList<SegmentCondition> Dropped) Without(SegmentNode root, FacetCatalog catalog)
    {
        var conjuncts = Conjuncts(root).ToList();
        var dropped = conjuncts.Where(flag => IsPlainFlag(flag, catalog, out var source)
            && conjuncts.Any(other => other != flag && Implies(other, flag, source, catalog))).ToList();
        return dropped.Count == 0 || dropped.Count == conjuncts.Count ? (root, []) : (Remove(root, dropped), dropped);
    }

    private static IEnumerable<SegmentCondition> Conjuncts(SegmentNode node) => node switch
    {
        SegmentCondition condition => [condition],
        AndNode and => and.Children.SelectMany(Conjuncts),
        _ => [],
    };

    private static bool IsPlainFlag(SegmentCondition condition, FacetCatalog catalog, out EventSource source)
    {
        source = null!;
        if (condition is not { Operator: ConditionOperator.IsTrue, Frequency: null, Aggregate: null, SameEvent: null or { Count: 0 } }
            || catalog.Find(condition.Facet) is not { Kind: FacetKind.Event, Type: FacetType.Boolean, Sql: { Filters.Count: 0, Source: { } own } })
        {
            return false;
        }

        source = own;
        return true;
    }

    private static bool Implies(SegmentCondition other, SegmentCondition flag, EventSource source, FacetCatalog catalog) =>
        (other is { Operator: ConditionOperator.In, Values.Count: > 0, Frequency: null or { Comparison: FrequencyComparison.AtLeast } } || NeedsAnEvent(other, catalog))
        && catalog.Find(other.Facet) is { Kind: FacetKind.Event, Sql.Source: { } events }
        && SameEvents.SameIdentity(events, source)
        && Within(other.Window, flag.Window);

    // "three or more returns", "over $200 refunded": a count or an amount of the events above nothing needs one of them
    // ("serial returners" beside it, read as Made a Return, adds nothing).
    private static bool NeedsAnEvent(SegmentCondition condition, FacetCatalog catalog) =>
        condition is { Frequency: null, Values.Count: > 0 } && catalog.Find(condition.Facet) is { Type: FacetType.Number or FacetType.Money }
        && decimal.TryParse(condition.Values[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var bound)
        && condition.Operator switch
        {
            ConditionOperator.Gt => bound >= 0,
            ConditionOperator.Gte or ConditionOperator.Eq or ConditionOperator.Between => bound > 0,
            _ => false,
        };

    private static bool Within(TimeWindow? inner, TimeWindow? outer) =>
        outer is null || inner is not null && inner.Start >= outer.Start && inner.End <= outer.End;

    private static SegmentNode Remove(SegmentNode node, IReadOnlyList<SegmentCondition> dropped)
    {
        if (node is not AndNode and)
        {
            return node;
        }

        var children = and.Children.Where(c => c is not SegmentCondition condition || !dropped.Contains(condition)).Select(c => Remove(c, dropped)).ToList();
        return children.Count == 1 ? children[0] : and with { Children = children };
    }
}
