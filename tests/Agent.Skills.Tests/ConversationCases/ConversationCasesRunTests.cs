using System.Globalization;
using SegmentAI.Skills.Tests.Tenants;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>
/// Plays every starter conversation case through the real engine, reports the pass rate overall and per tag, and
/// lists every failure with its reason. The floor only rises as the engine improves.
/// </summary>
public sealed class ConversationCasesRunTests(ConversationCaseWarehouses fixture, ITestOutputHelper output) : IClassFixture<ConversationCaseWarehouses>
{
    private const double PassRateFloor = 0.91;

    [Fact]
    public async Task Starter_cases_pass_at_or_above_the_floor_and_every_condition_is_grounded()
    {
        var results = new List<(ConversationCase Case, bool Passed, string? Failure)>();
        var ungrounded = new List<string>();
        foreach (var testCase in ConversationCaseFiles.All)
        {
            var (passed, failure, replies) = await ConversationCaseRunner.RunAsync(fixture.Engine, testCase, fixture.WarehouseFor);
            results.Add((testCase, passed, failure));
            var tenant = RepositoryTenants.Directory.Get(testCase.Tenant);
            foreach (var condition in replies.Where(r => r.Segment is not null).SelectMany(r => r.Segment!.Conditions))
            {
                var facet = tenant.Catalog.Find(condition.Facet);
                if (facet is null || tenant.WhyFacetIsUnusable(facet) is not null
                    || (facet.Type == SegmentAI.Skills.Catalog.FacetType.List && condition.Values.Any(v => facet.FindValue(v) is null)))
                {
                    ungrounded.Add($"{testCase.Id}: {condition.Facet} [{string.Join(", ", condition.Values)}]");
                }
            }
        }

        var rate = (double)results.Count(r => r.Passed) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Passed {results.Count(r => r.Passed)} of {results.Count} cases ({rate:P1})."));
        foreach (var tag in results.SelectMany(r => r.Case.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var tagged = results.Where(r => r.Case.Tags.Contains(tag)).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tag,-14} {tagged.Count(r => r.Passed),3}/{tagged.Count,-3}"));
        }

        foreach (var failure in results.Where(r => !r.Passed))
        {
            output.WriteLine($"FAIL {failure.Case.Id}: {failure.Failure}");
        }

        Assert.Empty(ungrounded);
        Assert.True(rate >= PassRateFloor, string.Create(CultureInfo.InvariantCulture, $"pass rate {rate:P1} is below the floor {PassRateFloor:P0}"));
    }
}
