namespace SegmentAI.Skills.Segments;

/// <summary>Entities that do not match the child.</summary>
public sealed record NotNode : SegmentNode
{
    /// <summary>The negated node.</summary>
    public required SegmentNode Child { get; init; }
}
