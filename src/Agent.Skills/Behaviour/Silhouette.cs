namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// The mean silhouette width (Rousseeuw 1987): for each point, how much closer it is to its own cluster than to the
/// nearest other one, from -1 to 1. Used to choose how many personas the data supports.
/// </summary>
internal static class Silhouette
{
    /// <summary>The mean silhouette of <paramref name="points"/> under <paramref name="labels"/> (0 with fewer than two clusters).</summary>
    public static double Mean(IReadOnlyList<double[]> points, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        // Labels are renumbered 0..c-1 so the per-point sums are a reused array, not a dictionary per point.
        var index = labels.Distinct().Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
        var clusters = index.Count;
        if (clusters < 2)
        {
            return 0;
        }

        var of = labels.Select(l => index[l]).ToArray();
        var sizes = new int[clusters];
        foreach (var cluster in of)
        {
            sizes[cluster]++;
        }

        var sums = new double[clusters];
        var total = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var own = of[i];
            if (sizes[own] == 1)
            {
                // A point alone in its cluster has silhouette 0 by definition.
                continue;
            }

            Array.Clear(sums);
            for (var j = 0; j < points.Count; j++)
            {
                if (i != j)
                {
                    sums[of[j]] += Distance(points[i], points[j]);
                }
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < clusters; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            total += (b - a) / Math.Max(a, b);
        }

        return total / points.Count;
    }

    private static double Distance(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            var d = x[k] - y[k];
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }
}
