using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>Reads a draft's boolean tree for assertions: which conditions are excluded and which are not.</summary>
internal static class DraftTree
{
    /// <summary>Every node of the tree, the root first.</summary>
    public static IEnumerable<SegmentNode> Nodes(SegmentNode node) =>
        node switch
        {
            AndNode and => [and, .. and.Children.SelectMany(Nodes)],
            OrNode or => [or, .. or.Children.SelectMany(Nodes)],
            NotNode not => [not, .. Nodes(not.Child)],
            _ => [node],
        };

    /// <summary>The conditions under a NOT (the ones the segment excludes).</summary>
    public static IReadOnlyList<SegmentCondition> Excluded(SegmentDefinition definition) =>
        Nodes(definition.Root).OfType<NotNode>().SelectMany(n => n.Child.Conditions()).ToList();

    /// <summary>The conditions no NOT applies to.</summary>
    public static IReadOnlyList<SegmentCondition> Included(SegmentDefinition definition)
    {
        var excluded = Excluded(definition).ToHashSet(ReferenceEqualityComparer.Instance);
        return definition.Conditions().Where(c => !excluded.Contains(c)).ToList();
    }

    /// <summary>The one included condition on <paramref name="facet"/>.</summary>
    public static SegmentCondition IncludedOn(SegmentDefinition definition, string facet) =>
        Assert.Single(Included(definition), c => c.Facet == facet);

    /// <summary>The one excluded condition on <paramref name="facet"/>.</summary>
    public static SegmentCondition ExcludedOn(SegmentDefinition definition, string facet) =>
        Assert.Single(Excluded(definition), c => c.Facet == facet);

    /// <summary>A window as (first day, first day after), for comparing with one assertion.</summary>
    public static (DateOnly Start, DateOnly End) Span(SegmentCondition condition)
    {
        Assert.NotNull(condition.Window);
        return (condition.Window.Start, condition.Window.End);
    }
}
