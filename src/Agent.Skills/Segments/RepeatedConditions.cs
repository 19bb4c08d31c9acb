using System.Text.Json;

namespace SegmentAI.Skills.Segments;

/// <summary>
/// Drops a condition that says exactly what a sibling in the same AND or OR group already says ("gold members",
/// then "show gold members" as an edit): A and A is A, so the segment is the same and reads once. An AND inside an
/// AND (an OR inside an OR) is one group for this, as it is for the logic.
/// </summary>
internal static class RepeatedConditions
{
    /// <summary><paramref name="node"/> without conditions repeated within one group.</summary>
    public static SegmentNode Remove(SegmentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            AndNode and => Group(and, Distinct(and.Children.Select(Remove).SelectMany(c => c is AndNode inner ? inner.Children : [c]))),
            OrNode or => Group(or, Distinct(or.Children.Select(Remove).SelectMany(c => c is OrNode inner ? inner.Children : [c]))),
            NotNode not => not with { Child = Remove(not.Child) },
            _ => node,
        };
    }

    private static SegmentNode Group(SegmentNode group, List<SegmentNode> children) =>
        children.Count == 1 ? children[0]
        : group is AndNode and ? and with { Children = children }
        : ((OrNode)group) with { Children = children };

    private static List<SegmentNode> Distinct(IEnumerable<SegmentNode> children)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<SegmentNode>();
        foreach (var child in children)
        {
            if (child is not SegmentCondition condition || seen.Add(Meaning(condition)))
            {
                kept.Add(child);
            }
        }

        return kept;
    }

    // What a condition selects: everything but the words it came from, its id and how sure the grounding was.
    private static string Meaning(SegmentCondition condition) =>
        JsonSerializer.Serialize<SegmentNode>(condition with { Id = null, SourceText = "", Confidence = 1, Grounding = Grounding.Retrieved }, SegmentJson.Options);
}
