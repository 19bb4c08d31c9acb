namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_edit</c> skill's parameters.</summary>
internal sealed class SegmentEditOptions
{
    /// <summary>Lowest facet search score accepted for a new condition.</summary>
    public double FacetAcceptanceThreshold { get; set; } = 0.6;

    /// <summary>Lowest score accepted for a new list value.</summary>
    public double ValueAcceptanceThreshold { get; set; } = 0.7;

    /// <summary>Replies below this confidence are flagged for human review.</summary>
    public double HumanReviewConfidence { get; set; } = 0.5;

    /// <summary>Candidate conditions offered when the target is unclear.</summary>
    public int MaxOptions { get; set; } = 4;
}
