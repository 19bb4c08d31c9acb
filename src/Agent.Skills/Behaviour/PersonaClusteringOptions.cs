namespace SegmentAI.Skills.Behaviour;

/// <summary>How personas are found.</summary>
internal sealed record PersonaClusteringOptions
{
    /// <summary>Fewest personas considered.</summary>
    public int MinClusters { get; init; } = 3;

    /// <summary>Most personas considered.</summary>
    public int MaxClusters { get; init; } = 8;

    /// <summary>Users the silhouette that picks k is computed on (its cost grows with the square).</summary>
    public int SilhouetteSample { get; init; } = 2_000;

    /// <summary>Reruns on subsamples whose agreement with the final clusters is the reported stability.</summary>
    public int StabilityReruns { get; init; } = 10;

    /// <summary>Share of users each rerun keeps.</summary>
    public double StabilitySubsample { get; init; } = 0.8;

    /// <summary>Stability below which the reply warns that the personas are not reliable.</summary>
    public double StableAbove { get; init; } = 0.8;

    /// <summary>Seed of the final clustering; reruns use the seeds after it.</summary>
    public int Seed { get; init; } = 20261207;
}
