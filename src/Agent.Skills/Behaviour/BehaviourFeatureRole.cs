namespace SegmentAI.Skills.Behaviour;

/// <summary>What a feature is used for.</summary>
internal enum BehaviourFeatureRole
{
    /// <summary>Defines the clusters and names the personas: dense, on every user, and each telling ways of working apart.</summary>
    Clustering,

    /// <summary>
    /// Described per persona only: counts that repeat a clustering rate, and rates or durations that are missing for
    /// every user who never reached the step (k-means would have to invent a value for them).
    /// </summary>
    Descriptive,
}
