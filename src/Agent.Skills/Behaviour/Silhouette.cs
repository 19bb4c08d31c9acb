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
        var clusters = labels.Distinct().ToArray();
        if (clusters.Length < 2)
        {
            return 0;
        }

        var sizes = clusters.ToDictionary(c => c, c => labels.Count(l => l == c));
        var total = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var sums = clusters.ToDictionary(c => c, _ => 0.0);
            for (var j = 0; j < points.Count; j++)
            {
                if (i != j)
                {
                    sums[labels[j]] += Distance(points[i], points[j]);
                }
            }

            var own = labels[i];
            if (sizes[own] == 1)
            {
                // A point alone in its cluster has silhouette 0 by definition.
                continue;
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = clusters.Where(c => c != own).Min(c => sums[c] / sizes[c]);
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
