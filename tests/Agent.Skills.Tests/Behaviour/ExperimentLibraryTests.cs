using System.Text.RegularExpressions;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Configuration;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed partial class ExperimentLibraryTests(DealflowBehaviourFixture dealflow, ITestOutputHelper output) : IClassFixture<DealflowBehaviourFixture>
{
    [Fact]
    public void Every_persona_gets_at_least_three_sized_ideas_whose_numbers_all_come_from_the_analysis()
    {
        var personas = PersonaProfiles.Describe(dealflow.Features, PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 }));

        foreach (var persona in personas)
        {
            var ideas = ExperimentLibrary.Shipped.Propose(persona, windowDays: 7);

            Assert.True(ideas.Count >= 3, $"{persona.Name}: {ideas.Count} ideas");
            var computed = persona.Traits.Concat(persona.Descriptions).SelectMany(t => new[] { ExperimentLibrary.Format(t.Feature, t.Persona), ExperimentLibrary.Format(t.Feature, t.Overall) })
                .Append(ExperimentLibrary.Percent(persona.DropOff.Rate)).Append(ExperimentLibrary.Percent(0.05)).Append(persona.DropOff.Total.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .SelectMany(text => Number().Matches(text).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
            foreach (var idea in ideas)
            {
                output.WriteLine($"{idea.Title} — {idea.Evidence}; {idea.SuccessMetric}; {idea.UsersPerArm} per arm, {idea.Weeks} weeks");
                var quoted = Number().Matches(idea.Evidence + " " + idea.SuccessMetric).Select(m => m.Value);
                Assert.All(quoted, n => Assert.Contains(n, computed));
                Assert.Equal(ExperimentSizing.UsersPerArm(persona.DropOff.Rate, 0.05), idea.UsersPerArm);
                Assert.True(idea.Weeks >= 1);
            }
        }
    }

    [Fact]
    public void Descriptive_features_ground_ideas_too_after_the_clustering_ones()
    {
        var personas = PersonaProfiles.Describe(dealflow.Features, PersonaClustering.Run(dealflow.Features, new PersonaClusteringOptions { StabilityReruns = 0 }));

        var described = personas.SelectMany(p => ExperimentLibrary.Shipped.Propose(p, windowDays: 7, count: 20)
                .Where(idea => p.Descriptions.Any(d => idea.Evidence.Contains(ExperimentLibrary.Format(d.Feature, d.Persona), StringComparison.Ordinal)
                    && idea.Evidence.Contains(ExperimentLibrary.Format(d.Feature, d.Overall), StringComparison.Ordinal)))
                .Select(idea => $"{p.Name}: {idea.Title} — {idea.Evidence}"))
            .ToList();
        foreach (var line in described)
        {
            output.WriteLine(line);
        }

        Assert.Contains(described, line => line.Contains("of offers accepted", StringComparison.Ordinal) || line.Contains("of offers rejected", StringComparison.Ordinal));
        Assert.Contains(described, line => line.Contains("Shorten", StringComparison.Ordinal));
    }

    [Fact]
    public void Users_per_arm_follow_the_two_proportion_formula()
    {
        // 60 % against 40 % at a two-sided 5 % level with 80 % power needs 97 per group (Fleiss).
        Assert.Equal(97, ExperimentSizing.UsersPerArm(0.6, 0.2));
    }

    [Fact]
    public void A_rule_that_names_two_triggers_is_reported_with_its_place()
    {
        const string Yaml = """
            ideas:
              - { feature: sessions, any: true, title: x, change: y, evidence: z }
            """;

        var error = Assert.Throws<ConfigurationException>(() => ExperimentLibrary.Parse("ideas.yaml", Yaml));

        Assert.Contains("ideas.yaml:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("exactly one of feature, step: true, key_step: true or any: true", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
