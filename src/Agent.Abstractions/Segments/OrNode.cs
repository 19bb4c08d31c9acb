namespace SegmentAI.Skills.Segments;

/// <summary>Entities that match at least one child.</summary>
public sealed record OrNode : SegmentNode
{
    /// <summary>The children, at least one.</summary>
    public required IReadOnlyList<SegmentNode> Children { get; init; }
}
