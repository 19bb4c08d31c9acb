using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// k-means with ML.NET's trainer (k-means++ start, one thread, a fixed seed), so the same data and seed always give
/// the same clusters. Clusters are numbered by size, largest first, so numbering does not depend on the trainer.
/// </summary>
internal static class KMeansClustering
{
    /// <summary>The cluster of each point, 0 to <paramref name="k"/> - 1.</summary>
    public static int[] Cluster(IReadOnlyList<double[]> points, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < k)
        {
            throw new ArgumentException($"{points.Count} points cannot form {k} clusters", nameof(points));
        }

        var width = points[0].Length;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(PointRow));
        schema[nameof(PointRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var data = ml.Data.LoadFromEnumerable(points.Select(p => new PointRow { Features = p.Select(v => (float)v).ToArray() }), schema);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(PointRow.Features),
            NumberOfClusters = k,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 200,
            OptimizationTolerance = 1e-7f,
        });
        var predictions = trainer.Fit(data).Transform(data);
        var raw = ml.Data.CreateEnumerable<Assignment>(predictions, reuseRowObject: false).Select(a => (int)a.PredictedLabel - 1).ToArray();
        var bySize = raw.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select((g, i) => (g.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return raw.Select(l => bySize[l]).ToArray();
    }

    private sealed class PointRow
    {
        public float[] Features { get; set; } = [];
    }

    private sealed class Assignment
    {
        public uint PredictedLabel { get; set; }
    }
}
