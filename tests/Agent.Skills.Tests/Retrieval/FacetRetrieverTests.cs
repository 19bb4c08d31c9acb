using System.Diagnostics;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class FacetRetrieverTests
{
    private static readonly SegmentAI.Skills.Tenants.Tenant Acme = RetrievalSetup.Tenant("acme-retail");

    [Theory]
    [InlineData("baby products", "department_purchased", "Baby")]
    [InlineData("electronics buyers", "department_purchased", "Electronics")]
    [InlineData("likely to buy electronics", "electronics_affinity", null)]
    [InlineData("spent more than $200 in one order", "single_order_total", null)]
    [InlineData("opened at least 3 emails", "email_opens", null)]
    [InlineData("gold members", "loyalty_tier", "gold")]
    [InlineData("app users", "app_installed", null)]
    [InlineData("in Texas", "state", "TX")]
    public async Task A_phrase_retrieves_its_facet_with_acceptable_confidence(string phrase, string facet, string? value)
    {
        var result = await RetrievalSetup.Retriever().RetrieveFacetsAsync(Acme, phrase);

        Assert.Equal(RetrievalQuality.High, result.Quality);
        Assert.Equal(facet, result.Accepted?.FacetId);
        Assert.InRange(result.Accepted!.Confidence, 0.6, 1.0);
        Assert.Equal(value, result.Accepted.MatchedValue);
    }

    [Fact]
    public async Task Candidates_come_ranked_with_their_component_scores()
    {
        var result = await RetrievalSetup.Retriever().RetrieveFacetsAsync(Acme, "electronics buyers");

        Assert.True(result.Candidates.Count > 1);
        Assert.Equal(result.Candidates.OrderByDescending(c => c.Confidence).Select(c => c.FacetId), result.Candidates.Select(c => c.FacetId));
        var best = result.Candidates[0].Scores;
        Assert.True(best.Exact > 0 && best.ValueVote > 0 && best.Embedding > 0);
        var affinity = result.Candidates.FirstOrDefault(c => c.FacetId == "electronics_affinity");
        Assert.True(affinity is null || affinity.Scores.Cue < 0, "a purchase verb should count against the affinity score");
    }

    [Fact]
    public async Task A_nonsense_phrase_falls_below_the_acceptance_threshold()
    {
        var result = await RetrievalSetup.Retriever().RetrieveFacetsAsync(Acme, "purple elephants");

        Assert.Null(result.Accepted);
        Assert.All(result.Candidates, c => Assert.False(c.IsAcceptable));
        Assert.All(result.Candidates, c => Assert.True(c.Confidence < 0.6, $"{c.FacetId} {c.Confidence}"));
    }

    [Fact]
    public async Task The_acceptance_threshold_is_a_parameter()
    {
        var strict = RetrievalSetup.Retriever(new FacetRetrieverOptions { AcceptanceThreshold = 0.999, VectorBudget = TimeSpan.FromSeconds(5) });

        var result = await strict.RetrieveFacetsAsync(Acme, "tech enthusiasts");

        Assert.Equal("electronics_affinity", result.Candidates[0].FacetId);
        Assert.False(result.Candidates[0].IsAcceptable);
        Assert.Null(result.Accepted);
    }

    [Fact]
    public async Task Personal_data_facets_are_never_retrieved()
    {
        var retriever = RetrievalSetup.Retriever();
        string[] pii = ["first_name", "last_name", "email", "birth_date", "zip"];

        foreach (var phrase in new[] { "customers named John", "email address", "date of birth", "zip code 10001", "surname Smith" })
        {
            var result = await retriever.RetrieveFacetsAsync(Acme, phrase);
            Assert.DoesNotContain(result.Candidates, c => pii.Contains(c.FacetId));
        }

        await Assert.ThrowsAsync<ArgumentException>(() => retriever.RetrieveValuesAsync(Acme, "email", "gmail"));
    }

    [Theory]
    [InlineData("department_purchased", "baby products", "Baby")]
    [InlineData("category_purchased", "dipers", "Diapers")]
    [InlineData("state", "Texas", "TX")]
    [InlineData("age_band", "seniors", "65+")]
    public async Task A_phrase_retrieves_the_exact_catalog_value(string facet, string phrase, string value)
    {
        var result = await RetrievalSetup.Retriever().RetrieveValuesAsync(Acme, facet, phrase);

        Assert.Equal(value, result.Accepted?.Value);
    }

    [Fact]
    public async Task A_value_the_catalog_lacks_comes_back_low_so_the_caller_can_ask()
    {
        var result = await RetrievalSetup.Retriever().RetrieveValuesAsync(Acme, "category_purchased", "summer sandals");

        Assert.NotEmpty(result.Values);
        Assert.Null(result.Accepted);
        Assert.All(result.Values, v => Assert.True(v.Score < 0.6, $"{v.Value} {v.Score}"));
    }

    [Fact]
    public async Task A_failing_vector_index_falls_back_to_lexical_matching_with_medium_quality()
    {
        var retriever = new FacetRetriever(new HashedNgramEmbeddingGenerator(), new FailingVectorIndex());

        var facets = await retriever.RetrieveFacetsAsync(Acme, "baby products");
        var values = await retriever.RetrieveValuesAsync(Acme, "category_purchased", "dipers");

        Assert.Equal(RetrievalQuality.Medium, facets.Quality);
        Assert.Contains("unreachable", facets.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("department_purchased", facets.Accepted?.FacetId);
        Assert.All(facets.Candidates, c => Assert.Equal(0, c.Scores.Embedding));
        Assert.Equal(RetrievalQuality.Medium, values.Quality);
        Assert.Equal("Diapers", values.Accepted?.Value);
        Assert.Equal(2, retriever.Counters.Fallbacks);
    }

    [Fact]
    public async Task A_hanging_vector_index_falls_back_within_the_budget()
    {
        var retriever = new FacetRetriever(new HashedNgramEmbeddingGenerator(), new HangingVectorIndex(), new FacetRetrieverOptions { VectorBudget = TimeSpan.FromMilliseconds(100) });
        var clock = Stopwatch.StartNew();

        var result = await retriever.RetrieveFacetsAsync(Acme, "gold members");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(RetrievalQuality.Medium, result.Quality);
        Assert.Contains("budget", result.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("loyalty_tier", result.Accepted?.FacetId);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_mistaken_for_a_time_out()
    {
        var retriever = new FacetRetriever(new HashedNgramEmbeddingGenerator(), new HangingVectorIndex(), new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => retriever.RetrieveFacetsAsync(Acme, "gold members", cancel.Token));
    }

    [Fact]
    public async Task Embedding_calls_and_searches_are_counted()
    {
        var counters = new RetrievalCounters();
        var embeddings = new HashedNgramEmbeddingGenerator().AsBuilder().UseCounting(counters).Build();
        var retriever = new FacetRetriever(embeddings, RetrievalSetup.Index, new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(5) }, counters);

        await retriever.RetrieveFacetsAsync(Acme, "baby products");
        await retriever.RetrieveValuesAsync(Acme, "department_purchased", "baby products");

        Assert.Equal(2, counters.EmbeddingCalls);
        Assert.Equal(2, counters.EmbeddedTexts);
        Assert.Equal(2, counters.VectorSearches);
        Assert.Equal(0, counters.Fallbacks);
    }
}
