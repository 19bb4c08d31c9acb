using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Statistics;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>
/// The issue's measure of success on dealflow's demo data: the clusters recover the planted personas
/// (truth.user_persona, which only this test reads) and do not change when rerun on other subsamples and seeds.
/// </summary>
public sealed class PersonaRecoveryTests(DealflowBehaviourFixture dealflow, ITestOutputHelper output) : IClassFixture<DealflowBehaviourFixture>
{
    [Fact]
    public void Clusters_recover_the_planted_personas_and_are_stable()
    {
        var clusters = PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions());

        var planted = dealflow.Features.Users.Select(u => dealflow.PlantedPersonas[u]).ToList();
        var agreement = AdjustedRandIndex.Between(clusters.Labels, planted);
        output.WriteLine($"users {dealflow.Features.Users.Count}, k {clusters.K}, ARI {agreement:0.000}, stability {clusters.Stability:0.000}, silhouettes {string.Join(", ", clusters.SilhouetteByK.Select(p => $"{p.Key}:{p.Value:0.000}"))}");
        foreach (var group in clusters.Labels.Zip(planted).GroupBy(p => p.First).OrderBy(g => g.Key))
        {
            output.WriteLine($"cluster {group.Key}: {string.Join(", ", group.GroupBy(p => p.Second).Select(g => $"{g.Key} {g.Count()}"))}");
        }

        Assert.True(clusters.K >= 3, $"k = {clusters.K}");
        Assert.True(agreement >= 0.8, $"ARI against the planted personas is {agreement:0.000}");
        Assert.True(clusters.Stability >= 0.8, $"stability is {clusters.Stability:0.000}");
    }

    [Fact]
    public void The_same_data_gives_the_same_clusters()
    {
        var first = PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 });
        var second = PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 });

        Assert.Equal(first.Labels, second.Labels);
    }
}
