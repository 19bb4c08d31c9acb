namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_creation</c> skill's parameters.</summary>
internal sealed class SegmentCreationOptions
{
    /// <summary>Lowest facet search score accepted as a facet match.</summary>
    public double FacetAcceptanceThreshold { get; set; } = 0.6;

    /// <summary>Lowest score accepted for a list value match.</summary>
    public double ValueAcceptanceThreshold { get; set; } = 0.7;

    /// <summary>Inferred conditions below this confidence are confirmed with the user.</summary>
    public double InferenceConfidenceThreshold { get; set; } = 0.8;

    /// <summary>Replies below this confidence are flagged for human review.</summary>
    public double HumanReviewConfidence { get; set; } = 0.5;

    /// <summary>Candidate facets or values offered in a question.</summary>
    public int MaxOptions { get; set; } = 4;

    /// <summary>Whether a size estimate is part of every new segment.</summary>
    public bool EstimateSize { get; set; } = true;
}
