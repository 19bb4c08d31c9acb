using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Finds behavioural personas: robust-scales the features, picks k by the mean silhouette on a fixed sample, clusters
/// every user with that k, and measures stability as the mean adjusted Rand index against reruns that use other
/// seeds on other subsamples — so a persona table that would change on the next run says so.
/// </summary>
internal static class PersonaClustering
{
    /// <summary>Clusters the users of <paramref name="table"/>.</summary>
    public static PersonaClusters Run(BehaviourFeatureTable table, PersonaClusteringOptions options, PhaseTimer? timer = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (table.Users.Count < options.MinClusters * 2)
        {
            throw new ArgumentException($"{table.Users.Count} active users are too few to find {options.MinClusters} personas", nameof(table));
        }

        // Counts and durations are heavy-tailed: on a log scale a user with 40 sessions is not forty times as far
        // from one with a single session as one with two is. Descriptive columns never enter the distance.
        var columns = table.ClusteringColumns;
        var logged = new List<double[]>(table.Values.Count);
        foreach (var row in table.Values)
        {
            var point = new double[columns.Count];
            for (var c = 0; c < point.Length; c++)
            {
                point[c] = Math.Log(1 + Math.Max(0, row[columns[c]]));
            }

            logged.Add(point);
        }

        var scaler = RobustScaler.Fit(logged);
        var points = logged.Select(scaler.Transform).ToList();
        timer?.Lap("scaling");
        var sample = Sample(points.Count, Math.Min(options.SilhouetteSample, points.Count), options.Seed).Select(i => points[i]).ToList();
        var silhouettes = new Dictionary<int, double>();
        for (var k = options.MinClusters; k <= Math.Min(options.MaxClusters, sample.Count - 1); k++)
        {
            silhouettes[k] = Silhouette.Mean(sample, KMeansClustering.Cluster(sample, k, options.Seed));
        }

        var best = silhouettes.MaxBy(p => p.Value).Key;
        timer?.Lap("k selection (silhouette on the sample)");
        var labels = KMeansClustering.Cluster(points, best, options.Seed);
        timer?.Lap("final k-means");

        // Each rerun has its own seed and subsample and writes only its own slot, so running them side by side gives
        // the same agreements, in the same order, as running them one after another.
        var agreements = new double[options.StabilityReruns];
        Parallel.For(0, options.StabilityReruns, index =>
        {
            var run = index + 1;
            var kept = Sample(points.Count, (int)(points.Count * options.StabilitySubsample), options.Seed + run);
            var rerun = KMeansClustering.Cluster(kept.Select(i => points[i]).ToList(), best, options.Seed + run);
            agreements[index] = AdjustedRandIndex.Between(kept.Select(i => labels[i]).ToList(), rerun);
        });
        timer?.Lap("stability reruns");

        return new PersonaClusters(labels, silhouettes, agreements.Length == 0 ? 1 : agreements.Average(), points);
    }

    // A seeded partial Fisher–Yates shuffle: the same seed keeps the same users, in row order.
    private static int[] Sample(int count, int size, int seed)
    {
        var indexes = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, count);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return indexes.Take(size).Order().ToArray();
    }
}
