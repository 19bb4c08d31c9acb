using SegmentAI.Skills.Behaviour;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class PersonaProfilesTests(DealflowBehaviourFixture dealflow, ITestOutputHelper output) : IClassFixture<DealflowBehaviourFixture>
{
    [Fact]
    public void Each_persona_is_named_from_its_most_distinctive_traits_and_names_are_unique_and_repeatable()
    {
        var personas = Describe();
        var again = Describe();

        foreach (var persona in personas)
        {
            var top = persona.Traits[0];
            output.WriteLine($"{persona.Name}: {persona.Members.Count} users ({persona.Share:P0}), {top.Feature} {top.Persona:0.##} vs {top.Overall:0.##}, drop-off {persona.DropOff.Rate:P0} [{persona.DropOff.Wilson().Low:P0}, {persona.DropOff.Wilson().High:P0}]");
        }

        Assert.True(personas.Count >= 3);
        Assert.Equal(personas.Count, personas.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(personas.Select(p => p.Name), again.Select(p => p.Name));
        Assert.All(personas, p => Assert.True(Math.Abs(p.Traits[0].Difference) >= Math.Abs(p.Traits[^1].Difference)));
    }

    [Fact]
    public void The_persona_holding_the_planted_serial_revisers_is_named_for_its_revisions()
    {
        var personas = Describe();

        var revisers = personas.MaxBy(p => p.Members.Count(u => dealflow.PlantedPersonas[u] == "serial_reviser"))!;

        Assert.Equal("revise_offer_per_session", revisers.Traits[0].Feature);
        Assert.True(revisers.Traits[0].Persona > revisers.Traits[0].Overall);
        Assert.StartsWith("Frequent revise offer", revisers.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Drop_off_is_counted_per_persona_with_its_interval_and_the_ghosts_drop_off_more_than_the_closers()
    {
        var personas = Describe();

        Assert.Equal(dealflow.Features.Users.Count, personas.Sum(p => p.DropOff.Total));
        Assert.All(personas, p => Assert.InRange(p.DropOff.Rate, p.DropOff.Wilson().Low, p.DropOff.Wilson().High));
        var ghosts = personas.MaxBy(p => p.Members.Count(u => dealflow.PlantedPersonas[u] == "ghost"))!;
        var closers = personas.MaxBy(p => p.Members.Count(u => dealflow.PlantedPersonas[u] == "decisive_closer"))!;
        Assert.True(ghosts.DropOff.Wilson().Low > closers.DropOff.Wilson().High, $"ghosts {ghosts.DropOff.Rate:P0}, closers {closers.DropOff.Rate:P0}");
    }

    private IReadOnlyList<PersonaProfile> Describe() =>
        PersonaProfiles.Describe(dealflow.Features, PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 }));
}
