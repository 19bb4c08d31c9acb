namespace SegmentAI.Skills.Segments;

/// <summary>Entities that match every child.</summary>
public sealed record AndNode : SegmentNode
{
    /// <summary>The children, at least one.</summary>
    public required IReadOnlyList<SegmentNode> Children { get; init; }
}
