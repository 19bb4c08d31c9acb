namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_explain</c> skill's parameters.</summary>
internal sealed class SegmentExplainOptions
{
    /// <summary>Segments offered when the target is unclear.</summary>
    public int MaxOptions { get; set; } = 4;

    /// <summary>Attach display SQL even when not asked.</summary>
    public bool IncludeSqlByDefault { get; set; } = true;
}
