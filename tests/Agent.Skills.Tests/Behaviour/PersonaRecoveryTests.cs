using SegmentAI.Skills.Behaviour;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>
/// The measure of success on dealflow's demo data: the clusters recover the planted personas
/// (truth.user_persona, which only tests read) and do not change when rerun on other subsamples and seeds.
/// </summary>
public sealed class PersonaRecoveryTests(DealflowBehaviourFixture dealflow, ITestOutputHelper output) : IClassFixture<DealflowBehaviourFixture>
{
    [Fact]
    public void Clusters_recover_the_planted_personas_and_are_stable() => PlantedPersonaScore.AssertRecovered(dealflow, output);

    [Fact]
    public void The_same_data_gives_the_same_clusters()
    {
        var first = PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 });
        var second = PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 });

        Assert.Equal(first.Labels, second.Labels);
    }

    [Fact]
    public void Descriptive_features_do_not_move_the_clusters()
    {
        var noise = new Random(5);
        var scrambled = dealflow.Features with
        {
            Values = dealflow.Features.Values.Select(row =>
            {
                var copy = (double[])row.Clone();
                foreach (var j in dealflow.Features.DescriptiveColumns)
                {
                    copy[j] = noise.NextDouble() * 1_000;
                }

                return copy;
            }).ToList(),
        };

        var original = PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 });
        var withNoise = PersonaClustering.Run(scrambled, new PersonaClusteringOptions { StabilityReruns = 0 });

        Assert.NotEmpty(dealflow.Features.DescriptiveColumns);
        Assert.Equal(original.Labels, withNoise.Labels);
    }
}
