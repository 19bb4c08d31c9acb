using SegmentAI.Skills.Behaviour;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class SilhouetteTests
{
    [Fact]
    public void Two_tight_groups_far_apart_score_by_Rousseeuws_formula()
    {
        double[][] points = [[0], [1], [10], [11]];

        var score = Silhouette.Mean(points, [0, 0, 1, 1]);

        // a = 1 for every point; b = 10.5, 9.5, 9.5, 10.5; s = (b - a) / b.
        Assert.Equal(((9.5 / 10.5) + (8.5 / 9.5)) / 2, score, 1e-12);
    }

    [Fact]
    public void One_cluster_has_no_silhouette()
    {
        Assert.Equal(0, Silhouette.Mean([[0.0], [1.0]], [0, 0]));
    }
}
