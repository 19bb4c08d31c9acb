using MathNet.Numerics.LinearAlgebra;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Principal component analysis by eigen-decomposition of the sample covariance, for the 2-D persona map (labelled as
/// PCA wherever it is drawn). Each component's sign is fixed so its largest loading is positive, so the map does not
/// mirror between runs.
/// </summary>
internal sealed class PrincipalComponents
{
    private readonly double[] _means;
    private readonly Matrix<double> _components;

    private PrincipalComponents(double[] means, Matrix<double> components, double[] variances, double totalVariance)
    {
        _means = means;
        _components = components;
        Variances = variances;
        ExplainedShare = variances.Select(v => totalVariance > 0 ? v / totalVariance : 0).ToArray();
    }

    /// <summary>The variance along each kept component, largest first.</summary>
    public IReadOnlyList<double> Variances { get; }

    /// <summary>Each kept component's share of the total variance.</summary>
    public IReadOnlyList<double> ExplainedShare { get; }

    /// <summary>Component <paramref name="index"/>'s loadings on the features.</summary>
    public IReadOnlyList<double> Loadings(int index) => _components.Column(index).ToArray();

    /// <summary>Fits the first <paramref name="count"/> components of <paramref name="rows"/>.</summary>
    public static PrincipalComponents Fit(IReadOnlyList<double[]> rows, int count = 2)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count < 2)
        {
            throw new ArgumentException("principal components need at least two rows", nameof(rows));
        }

        var data = Matrix<double>.Build.DenseOfRowArrays(rows);
        var means = Enumerable.Range(0, data.ColumnCount).Select(j => data.Column(j).Average()).ToArray();
        var centred = data - Matrix<double>.Build.Dense(data.RowCount, data.ColumnCount, (_, j) => means[j]);
        var covariance = centred.TransposeThisAndMultiply(centred) / (rows.Count - 1);
        var eigen = covariance.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, data.ColumnCount).OrderByDescending(i => eigen.EigenValues[i].Real).Take(Math.Min(count, data.ColumnCount)).ToArray();
        var components = Matrix<double>.Build.Dense(data.ColumnCount, order.Length, (r, c) => eigen.EigenVectors[r, order[c]]);
        for (var c = 0; c < order.Length; c++)
        {
            var column = components.Column(c);
            if (column[column.AbsoluteMaximumIndex()] < 0)
            {
                components.SetColumn(c, -column);
            }
        }

        return new PrincipalComponents(means, components, order.Select(i => eigen.EigenValues[i].Real).ToArray(), eigen.EigenValues.Sum(v => v.Real));
    }

    /// <summary>The coordinates of <paramref name="row"/> on the kept components.</summary>
    public double[] Project(double[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var centred = Vector<double>.Build.Dense(row.Length, j => row[j] - _means[j]);
        return (centred * _components).ToArray();
    }
}
