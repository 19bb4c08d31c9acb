namespace SegmentAI.Skills.Behaviour;

/// <summary>The users' clusters and how much to trust them.</summary>
/// <param name="Labels">Each user's cluster (in the feature table's row order), 0 = largest.</param>
/// <param name="SilhouetteByK">The mean silhouette of each number of clusters tried; the best chose k.</param>
/// <param name="Stability">Mean adjusted Rand index between the final clusters and reruns on subsamples with other seeds.</param>
/// <param name="Points">Each user's features as clustered (log-transformed and robust-scaled), in the same order.</param>
internal sealed record PersonaClusters(IReadOnlyList<int> Labels, IReadOnlyDictionary<int, double> SilhouetteByK, double Stability, IReadOnlyList<double[]> Points)
{
    /// <summary>How many clusters there are.</summary>
    public int K => SilhouetteByK.MaxBy(p => p.Value).Key;
}
