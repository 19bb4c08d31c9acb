namespace SegmentAI.Skills.Segments;

/// <summary>
/// Finds conditions that exclude each other inside one AND: a condition and its own negation ("holds a Jira licence and
/// not (holds a Jira licence)"), yes and no of one flag over the same window, or a list and an exclusion of every value
/// it names. Such a segment is empty by construction; it must be questioned, never returned.
/// </summary>
public static class Contradictions
{
    /// <summary>Every pair of conditions (left, right) that cannot both hold.</summary>
    public static IReadOnlyList<(SegmentCondition Left, SegmentCondition Right)> Find(SegmentNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<(SegmentCondition, SegmentCondition)>();
        Collect(root, found);
        return found;
    }

    private static void Collect(SegmentNode node, List<(SegmentCondition, SegmentCondition)> found)
    {
        switch (node)
        {
            case AndNode and:
                // An AND inside an AND is one AND: "(gold and CA) and not gold" excludes itself too.
                var members = Flatten(and).ToList();
                var positive = members.OfType<SegmentCondition>().ToList();
                var negated = members.OfType<NotNode>().Select(n => n.Child).OfType<SegmentCondition>().ToList();
                for (var i = 0; i < positive.Count; i++)
                {
                    found.AddRange(negated.Where(n => Same(positive[i], n)).Select(n => (positive[i], n)));
                    found.AddRange(positive.Skip(i + 1).Where(p => Opposite(positive[i], p)).Select(p => (positive[i], p)));
                }

                foreach (var child in and.Children)
                {
                    Collect(child, found);
                }

                break;
            case OrNode or:
                foreach (var child in or.Children)
                {
                    Collect(child, found);
                }

                break;
            case NotNode not:
                Collect(not.Child, found);
                break;
        }
    }

    private static IEnumerable<SegmentNode> Flatten(AndNode and) =>
        and.Children.SelectMany(c => c is AndNode inner ? Flatten(inner) : [c]);

    // The same test of the same events: same facet, operator, values, window, frequency, amount and same-event filters.
    private static bool Same(SegmentCondition a, SegmentCondition b) =>
        a.Facet == b.Facet && a.Operator == b.Operator && a.Values.Order(StringComparer.Ordinal).SequenceEqual(b.Values.Order(StringComparer.Ordinal), StringComparer.Ordinal)
        && SameWindow(a.Window, b.Window) && SameFrequency(a.Frequency, b.Frequency) && SameAmount(a.Aggregate, b.Aggregate) && SameFilters(a, b);

    // Yes and no of one flag over the same window; a list and an exclusion of all of its values.
    private static bool Opposite(SegmentCondition a, SegmentCondition b) =>
        a.Facet == b.Facet && SameWindow(a.Window, b.Window) && a.Frequency is null && b.Frequency is null && a.Aggregate is null && b.Aggregate is null && SameFilters(a, b)
        && ((a.Operator, b.Operator) is (ConditionOperator.IsTrue, ConditionOperator.IsFalse) or (ConditionOperator.IsFalse, ConditionOperator.IsTrue)
            || (a.Operator == ConditionOperator.In && b.Operator == ConditionOperator.NotIn && a.Values.All(v => b.Values.Contains(v, StringComparer.Ordinal)))
            || (a.Operator == ConditionOperator.NotIn && b.Operator == ConditionOperator.In && b.Values.All(v => a.Values.Contains(v, StringComparer.Ordinal))));

    private static bool SameWindow(TimeWindow? a, TimeWindow? b) => a is null ? b is null : b is not null && a.Start == b.Start && a.End == b.End;

    private static bool SameFrequency(Frequency? a, Frequency? b) =>
        a is null ? b is null : b is not null && a.Count.Equals(b.Count) && a.Per == b.Per && a.Comparison == b.Comparison;

    private static bool SameAmount(AggregateThreshold? a, AggregateThreshold? b) =>
        a is null ? b is null : b is not null && a.Function == b.Function && a.Operator == b.Operator && a.Values.SequenceEqual(b.Values);

    private static bool SameFilters(SegmentCondition a, SegmentCondition b) =>
        (a.SameEvent ?? []).Count == (b.SameEvent ?? []).Count
        && (a.SameEvent ?? []).All(f => (b.SameEvent ?? []).Any(g => g.Facet == f.Facet && g.Operator == f.Operator && g.Values.SequenceEqual(f.Values, StringComparer.Ordinal)));
}
