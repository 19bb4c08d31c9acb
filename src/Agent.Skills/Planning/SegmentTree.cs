using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>
/// Assembles the parts of a request into one boolean tree: runs of parts joined by "or" become OR groups, and
/// the groups are ANDed — "gold or platinum members who bought toys" is (gold OR platinum) AND toys.
/// </summary>
public static class SegmentTree
{
    /// <summary>The tree for <paramref name="parts"/>; a single part is its own root.</summary>
    public static SegmentNode Combine(IReadOnlyList<PlannedPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("a segment needs at least one part", nameof(parts));
        }

        var groups = new List<List<SegmentNode>>();
        foreach (var part in parts)
        {
            if (part.JoinedByOr && groups.Count > 0)
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

    // "Texas or Florida" is one condition with two values, not two conditions ORed: the same members, and it reads as said.
    private static SegmentNode MergeAlternatives(List<SegmentNode> alternatives)
    {
        if (alternatives.All(a => a is SegmentCondition { Operator: ConditionOperator.In })
            && alternatives.Cast<SegmentCondition>().Select(c => (c.Facet, c.Window, c.Frequency, c.Aggregate)).Distinct().Count() == 1)
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
        var text = request.Trim().TrimEnd('.', '?', '!');
        if (text.Length > 60)
        {
            var cut = text.LastIndexOf(' ', 60);
            text = (cut > 20 ? text[..cut] : text[..60]) + "…";
        }

        return text.Length == 0 ? "Untitled segment" : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
