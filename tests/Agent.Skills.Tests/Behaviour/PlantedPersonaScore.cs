using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Statistics;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The issue's bar for any data set: at least 3 personas, ARI ≥ 0.8 against the planted ones, stability ≥ 0.8.</summary>
internal static class PlantedPersonaScore
{
    public static void AssertRecovered(DealflowBehaviourFixture data, ITestOutputHelper output)
    {
        var clusters = PersonaClustering.Run(data.Features, new PersonaClusteringOptions());

        var planted = data.Features.Users.Select(u => data.PlantedPersonas[u]).ToList();
        var agreement = AdjustedRandIndex.Between(clusters.Labels, planted);
        output.WriteLine($"users {data.Features.Users.Count}, k {clusters.K}, ARI {agreement:0.000}, stability {clusters.Stability:0.000}, silhouettes {string.Join(", ", clusters.SilhouetteByK.Select(p => $"{p.Key}:{p.Value:0.000}"))}");
        foreach (var group in clusters.Labels.Zip(planted).GroupBy(p => p.First).OrderBy(g => g.Key))
        {
            output.WriteLine($"cluster {group.Key}: {string.Join(", ", group.GroupBy(p => p.Second).Select(g => $"{g.Key} {g.Count()}"))}");
        }

        Assert.True(clusters.K >= 3, $"k = {clusters.K}");
        Assert.True(agreement >= 0.8, $"ARI against the planted personas is {agreement:0.000}");
        Assert.True(clusters.Stability >= 0.8, $"stability is {clusters.Stability:0.000}");
    }
}
