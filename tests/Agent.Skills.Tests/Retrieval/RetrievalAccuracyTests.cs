using System.Globalization;
using System.Text;
using SegmentAI.Skills.Retrieval;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class RetrievalAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredTop1 = 0.9;

    [Fact]
    public async Task The_labelled_phrases_of_all_tenants_retrieve_their_facet_and_value()
    {
        var retriever = RetrievalSetup.Retriever();
        var sets = LabelledSet.LoadAll();
        var results = new List<Outcome>();
        foreach (var set in sets)
        {
            var tenant = RetrievalSetup.Tenant(set.Tenant);
            foreach (var labelled in set.Phrases)
            {
                var facets = await retriever.RetrieveFacetsAsync(tenant, labelled.Phrase);
                var ids = facets.Candidates.Select(c => c.FacetId).ToList();
                bool? valueRight = null;
                string? gotValue = null;
                if (labelled.Value is not null)
                {
                    var values = await retriever.RetrieveValuesAsync(tenant, labelled.Facet, labelled.Phrase);
                    gotValue = values.Accepted?.Value;
                    valueRight = gotValue == labelled.Value;
                }

                results.Add(new Outcome(set.Tenant, labelled, labelled.IsRight(ids.FirstOrDefault()), ids.Take(3).Any(labelled.IsRight), valueRight, facets.Candidates.FirstOrDefault(), gotValue) { Others = facets.Candidates.Skip(1).Take(2).ToList() });
            }
        }

        Report(results);
        Assert.True(results.Count >= 120, $"only {results.Count} labelled phrases");
        var facetTop1 = Rate(results, o => o.Top1);
        var valued = results.Where(o => o.ValueTop1.HasValue).ToList();
        var valueTop1 = Rate(valued, o => o.ValueTop1 == true);
        Assert.True(facetTop1 >= RequiredTop1, $"facet top-1 accuracy {facetTop1:P1} is below {RequiredTop1:P0}");
        Assert.True(valueTop1 >= RequiredTop1, $"value top-1 accuracy {valueTop1:P1} is below {RequiredTop1:P0}");
    }

    private void Report(IReadOnlyList<Outcome> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"group",-34} {"n",4} {"top-1",7} {"top-3",7} {"value",9}");
        foreach (var group in results.GroupBy(o => "tenant " + o.Tenant).Concat(results.Where(o => o.Labelled.Trap is not null).GroupBy(o => "trap " + o.Labelled.Trap)))
        {
            var valued = group.Where(o => o.ValueTop1.HasValue).ToList();
            var value = valued.Count == 0 ? "-" : $"{Rate(valued, o => o.ValueTop1 == true):P0} ({valued.Count})";
            text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key,-34} {group.Count(),4} {Rate(group.ToList(), o => o.Top1),7:P0} {Rate(group.ToList(), o => o.Top3),7:P0} {value,9}");
        }

        var all = results.Where(o => o.ValueTop1.HasValue).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"all",-34} {results.Count,4} {Rate(results, o => o.Top1),7:P1} {Rate(results, o => o.Top3),7:P1} {Rate(all, o => o.ValueTop1 == true),9:P1}");
        foreach (var miss in results.Where(o => !o.Top1 || o.ValueTop1 == false))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"miss [{miss.Tenant}] '{miss.Labelled.Phrase}': expected {miss.Labelled.Facet}={miss.Labelled.Value}, got {miss.Best?.FacetId} ({miss.Best?.Confidence:0.00}, {miss.Best?.Scores}), then {string.Join(", ", miss.Others.Select(c => $"{c.FacetId} {c.Confidence:0.00} {c.Scores}"))}; value {miss.GotValue}");
        }

        output.WriteLine(text.ToString());
    }

    private static double Rate(IReadOnlyCollection<Outcome> outcomes, Func<Outcome, bool> right) =>
        outcomes.Count == 0 ? 1 : (double)outcomes.Count(right) / outcomes.Count;

    private sealed record Outcome(string Tenant, LabelledPhrase Labelled, bool Top1, bool Top3, bool? ValueTop1, FacetCandidate? Best, string? GotValue)
    {
        public IReadOnlyList<FacetCandidate> Others { get; init; } = [];
    }
}
