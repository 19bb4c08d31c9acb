using SegmentAI.Skills.Behaviour;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>Lindsay I. Smith, "A tutorial on Principal Components Analysis" (2002), section 3.1: its data and published results.</summary>
public sealed class PrincipalComponentsTests
{
    private static readonly double[][] Data =
    [
        [2.5, 2.4], [0.5, 0.7], [2.2, 2.9], [1.9, 2.2], [3.1, 3.0], [2.3, 2.7], [2.0, 1.6], [1.0, 1.1], [1.5, 1.6], [1.1, 0.9],
    ];

    [Fact]
    public void Eigenvalues_and_eigenvectors_match_the_tutorial()
    {
        var pca = PrincipalComponents.Fit(Data);

        Assert.Equal(1.28402771, pca.Variances[0], 1e-6);
        Assert.Equal(0.0490833989, pca.Variances[1], 1e-6);
        // The tutorial prints (-0.677873399, -0.735178656); the sign is fixed here so the largest loading is positive.
        Assert.Equal([0.677873399, 0.735178656], pca.Loadings(0).ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(1.28402771 / (1.28402771 + 0.0490833989), pca.ExplainedShare[0], 1e-6);
    }

    [Fact]
    public void Projections_match_the_tutorials_transformed_data_up_to_the_fixed_sign()
    {
        var pca = PrincipalComponents.Fit(Data);

        var first = pca.Project(Data[0]);

        Assert.Equal(0.827970186, first[0], 1e-6);
        Assert.Equal(0.175115307, Math.Abs(first[1]), 1e-6);
    }
}
