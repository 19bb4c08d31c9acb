using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Statistics;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The same measure as <see cref="PersonaRecoveryTests"/> on the held-out data set.</summary>
public sealed class PersonaHoldoutTests(DealflowHoldoutFixture holdout, ITestOutputHelper output) : IClassFixture<DealflowHoldoutFixture>
{
    [Fact]
    public void Clusters_recover_the_planted_personas_on_data_never_tuned_on()
    {
        var clusters = PersonaClustering.Run(holdout.Features, new PersonaClusteringOptions());

        var planted = holdout.Features.Users.Select(u => holdout.PlantedPersonas[u]).ToList();
        var agreement = AdjustedRandIndex.Between(clusters.Labels, planted);
        output.WriteLine($"users {holdout.Features.Users.Count}, k {clusters.K}, ARI {agreement:0.000}, stability {clusters.Stability:0.000}");

        Assert.True(clusters.K >= 3, $"k = {clusters.K}");
        Assert.True(agreement >= 0.8, $"ARI against the planted personas is {agreement:0.000}");
        Assert.True(clusters.Stability >= 0.8, $"stability is {clusters.Stability:0.000}");
    }
}
