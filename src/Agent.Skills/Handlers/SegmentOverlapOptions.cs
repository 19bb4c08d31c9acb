namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_overlap</c> skill's parameters.</summary>
internal sealed class SegmentOverlapOptions
{
    /// <summary>Lowest facet search score accepted when grounding an audience.</summary>
    public double FacetAcceptanceThreshold { get; set; } = 0.6;

    /// <summary>Lift from which a relationship is called meaningful.</summary>
    public double MinLift { get; set; } = 1.2;

    /// <summary>Smallest base audience worth concluding from.</summary>
    public int MinAudienceSize { get; set; } = 50;

    /// <summary>Replies below this confidence are flagged for human review.</summary>
    public double HumanReviewConfidence { get; set; } = 0.5;
}
