using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>
/// The nearest catalog value by meaning (layer C): a word the catalog never uses is read as one value only when MiniLM
/// puts it near that value and clearly ahead of every other; lexical vectors never read meaning.
/// </summary>
public sealed class ValueByMeaningTests
{
    private static readonly Lazy<Task<FacetRetriever>> MiniLm = new(async () =>
    {
        var embeddings = MiniLmEmbeddingGenerator.CreateShared();
        var index = new InMemoryFacetVectorIndex();
        await new FacetIndexBuilder(embeddings, index).BuildAsync(RetrievalSetup.Tenant("acme-retail"));
        return new FacetRetriever(embeddings, index, new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(30) });
    });

    [Theory]
    [InlineData("lipstick", "category_purchased", "Makeup")]
    [InlineData("painkillers", "category_purchased", "Pain Relief")]
    [InlineData("barbecues", "category_purchased", "Grills")]
    public async Task A_word_the_catalog_never_uses_is_read_as_the_value_nearest_in_meaning(string word, string facet, string value)
    {
        var retriever = await MiniLm.Value;

        var reading = await retriever.NearestValueAsync(RetrievalSetup.Tenant("acme-retail"), word, _ => true);

        Assert.NotNull(reading);
        Assert.Equal((facet, value), (reading.FacetId, reading.Value));
        Assert.True(reading.Margin >= new FacetRetrieverOptions().MeaningMargin);
    }

    [Theory]
    [InlineData("telly")]
    [InlineData("trainers")]
    public async Task A_word_near_no_value_or_near_several_is_not_read(string word)
    {
        var retriever = await MiniLm.Value;

        var reading = await retriever.NearestValueAsync(RetrievalSetup.Tenant("acme-retail"), word, _ => true);

        Assert.Null(reading);
    }

    [Fact]
    public async Task Only_usable_facets_are_read()
    {
        var retriever = await MiniLm.Value;

        var reading = await retriever.NearestValueAsync(RetrievalSetup.Tenant("acme-retail"), "lipstick", id => id != "category_purchased");

        Assert.NotEqual("category_purchased", reading?.FacetId);
    }

    [Fact]
    public async Task Lexical_vectors_never_read_meaning()
    {
        var embeddings = new HashedNgramEmbeddingGenerator();
        var index = new InMemoryFacetVectorIndex();
        var tenant = RetrievalSetup.Tenant("acme-retail");
        await new FacetIndexBuilder(embeddings, index).BuildAsync(tenant);
        var retriever = new FacetRetriever(embeddings, index, new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(30) });

        Assert.Null(await retriever.NearestValueAsync(tenant, "makeup", _ => true));
    }

    [Theory]
    [InlineData("grocerys", true)]
    [InlineData("elecronics", true)]
    [InlineData("lipstick", false)]
    public void A_word_one_typo_from_the_catalog_counts_as_said_by_it(string word, bool said)
    {
        var retriever = new FacetRetriever(new HashedNgramEmbeddingGenerator(), new InMemoryFacetVectorIndex());

        Assert.Equal(said, retriever.CatalogSays(RetrievalSetup.Tenant("acme-retail"), word));
    }
}
