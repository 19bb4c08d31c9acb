using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The same measure as <see cref="PersonaRecoveryTests"/> on the held-out data set.</summary>
public sealed class PersonaHoldoutTests(DealflowHoldoutFixture holdout, ITestOutputHelper output) : IClassFixture<DealflowHoldoutFixture>
{
    [Fact]
    public void Clusters_recover_the_planted_personas_on_data_never_tuned_on() => PlantedPersonaScore.AssertRecovered(holdout, output);
}
