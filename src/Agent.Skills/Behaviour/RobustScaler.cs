namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Centres each feature on its median and divides by its interquartile range, so a handful of power users does not
/// squash everyone else into one corner the way a mean and standard deviation would. A feature whose middle half is
/// a single value falls back to its standard deviation, and to 1 when it does not vary at all.
/// </summary>
internal sealed class RobustScaler
{
    private RobustScaler(double[] centre, double[] scale)
    {
        Centre = centre;
        Scale = scale;
    }

    /// <summary>Each feature's median.</summary>
    public IReadOnlyList<double> Centre { get; }

    /// <summary>Each feature's spread.</summary>
    public IReadOnlyList<double> Scale { get; }

    /// <summary>Learns the medians and spreads of <paramref name="rows"/>.</summary>
    public static RobustScaler Fit(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("there are no rows to scale", nameof(rows));
        }

        var width = rows[0].Length;
        var centre = new double[width];
        var scale = new double[width];
        for (var j = 0; j < width; j++)
        {
            var column = new double[rows.Count];
            for (var i = 0; i < column.Length; i++)
            {
                column[i] = rows[i][j];
            }

            Array.Sort(column);
            centre[j] = Quantile(column, 0.5);
            var spread = Quantile(column, 0.75) - Quantile(column, 0.25);
            if (spread <= 0)
            {
                var mean = column.Average();
                spread = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / column.Length);
            }

            scale[j] = spread > 0 ? spread : 1;
        }

        return new RobustScaler(centre, scale);
    }

    /// <summary>The scaled copy of <paramref name="row"/>.</summary>
    public double[] Transform(double[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var scaled = new double[row.Length];
        for (var j = 0; j < row.Length; j++)
        {
            scaled[j] = (row[j] - Centre[j]) / Scale[j];
        }

        return scaled;
    }

    // Linear interpolation between order statistics (type 7, the default of R and NumPy).
    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
