namespace SegmentAI.Skills.Segments;

/// <summary>Direction of a frequency requirement.</summary>
public enum FrequencyComparison
{
    /// <summary>At least the required number of events.</summary>
    AtLeast,

    /// <summary>At least one and at most the allowed number of events.</summary>
    AtMost,

    /// <summary>Exactly the stated number of events.</summary>
    Exactly,
}
