namespace SegmentAI.Skills.Analysis;

/// <summary>How many members of a segment have one value of a facet.</summary>
/// <param name="Value">The value as the warehouse stores it; null for members with none recorded.</param>
/// <param name="Count">Members with that value.</param>
internal sealed record ValueCount(string? Value, long Count);
