namespace SegmentAI.Skills.Ambiguity;

/// <summary>Thresholds of the ambiguity resolver (skills may tune them).</summary>
internal sealed record AmbiguityResolverOptions
{
    /// <summary>Inferences at or above this confidence are used (and stated) instead of asking.</summary>
    public double InferenceThreshold { get; init; } = 0.8;

    /// <summary>Stored preferences at or above this confidence are used instead of asking.</summary>
    public double PreferenceThreshold { get; init; } = 0.5;

    /// <summary>Most options one question offers.</summary>
    public int MaxOptions { get; init; } = 4;
}
