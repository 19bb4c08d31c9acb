using System.Text.Json.Serialization;

namespace SegmentAI.Skills.Segments;

/// <summary>A node of a segment's boolean tree: an AND, OR or NOT group, or a condition.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AndNode), "and")]
[JsonDerivedType(typeof(OrNode), "or")]
[JsonDerivedType(typeof(NotNode), "not")]
[JsonDerivedType(typeof(SegmentCondition), "condition")]
public abstract record SegmentNode
{
    /// <summary>Every condition below this node, left to right.</summary>
    public IEnumerable<SegmentCondition> Conditions() =>
        this switch
        {
            SegmentCondition condition => [condition],
            AndNode and => and.Children.SelectMany(c => c.Conditions()),
            OrNode or => or.Children.SelectMany(c => c.Conditions()),
            NotNode not => not.Child.Conditions(),
            _ => [],
        };

    /// <summary>The same tree with every condition replaced by what <paramref name="change"/> makes of it.</summary>
    public SegmentNode WithConditions(Func<SegmentCondition, SegmentCondition> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return this switch
        {
            SegmentCondition condition => change(condition),
            NotNode not => not with { Child = not.Child.WithConditions(change) },
            AndNode and => and with { Children = and.Children.Select(c => c.WithConditions(change)).ToList() },
            OrNode or => or with { Children = or.Children.Select(c => c.WithConditions(change)).ToList() },
            _ => this,
        };
    }
}
