using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class PersonaFinderTests
{
    private static readonly IReadOnlyList<PersonaProfile> Personas =
    [
        Persona(0, "Frequent view deal, quick pace", ("view_deal_per_session", 1.4), ("median_pause_seconds", -0.9), ("days_active", 0.1)),
        Persona(1, "Frequent revise offer, long sessions", ("revise_offer_per_session", 1.8), ("median_session_seconds", 1.1), ("days_active", 0.4)),
        Persona(2, "Frequent send offer, rarely drop off", ("send_offer_per_session", 1.2), ("drop_off_share", -1.0), ("days_active", 0.3)),
        Persona(3, "Light days, few active days", ("events_per_active_day", -1.3), ("days_active", -1.2), ("sessions", -1.1)),
    ];

    [Theory]
    [InlineData("the serial revisers", 1)]
    [InlineData("the ghosts", 3)]
    [InlineData("window shoppers", 0)]
    [InlineData("our closers", 2)]
    [InlineData("persona 2", 1)]
    [InlineData("the fourth persona", 3)]
    [InlineData("frequent send offer, rarely drop off", 2)]
    public void Everyday_names_numbers_and_exact_names_find_the_persona_they_mean(string words, int expected)
    {
        var (persona, named) = PersonaFinder.Shipped.Find(words, Personas);

        Assert.Equal((expected, true), (persona, named));
    }

    [Fact]
    public void Words_that_fit_two_personas_equally_find_none_so_the_agent_asks()
    {
        IReadOnlyList<PersonaProfile> twins = [Persona(0, "A", ("days_active", -1.0)), Persona(1, "B", ("days_active", -1.0))];

        var (persona, named) = PersonaFinder.Shipped.Find("the ghosts", twins);

        Assert.Equal((null, true), (persona, named));
    }

    [Theory]
    [InlineData("next quarter")]
    [InlineData("them")]
    [InlineData("persona 9")]
    public void Words_that_name_no_trait_find_nothing(string words)
    {
        var (persona, named) = PersonaFinder.Shipped.Find(words, Personas);

        Assert.Equal((null, false), (persona, named));
    }

    [Fact]
    public void A_vocabulary_entry_with_a_bad_direction_is_rejected_with_its_line()
    {
        var error = Assert.Throws<ConfigurationException>(() => PersonaFinder.Parse("words.yaml", """
            names:
              - { words: [ghosts], traits: [{ feature: days_active, direction: sideways }] }
            """));

        Assert.Contains("words.yaml:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be high or low", error.Message, StringComparison.Ordinal);
    }

    private static PersonaProfile Persona(int cluster, string name, params (string Feature, double Difference)[] traits) =>
        new(cluster, name, [], 0.25, traits.Select(t => new PersonaTrait(t.Feature, 1 + t.Difference, 1, t.Difference)).ToList(), new Proportion(1, 2));
}
