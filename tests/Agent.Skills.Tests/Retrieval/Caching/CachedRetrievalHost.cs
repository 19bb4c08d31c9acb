using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

/// <summary>
/// One "host" of retrieval with its own caches and counters, wired as the registration wires them: the embedding
/// cache outside the embedding counter, the facet-search cache in the retriever.
/// </summary>
internal sealed class CachedRetrievalHost : IDisposable
{
    public CachedRetrievalHost(RetrievalCacheOptions? options = null, IFacetVectorIndex? index = null)
    {
        // The embedded generator is not worth caching by default; these hosts stand in for a remote model.
        options ??= new RetrievalCacheOptions();
        options.CacheEmbeddings ??= true;
        Cache = RetrievalCache.Create(options, Counters);
        var embeddings = new HashedNgramEmbeddingGenerator().AsBuilder()
            .Use(Cache.CacheEmbeddings)
            .UseCounting(Counters)
            .Build();
        Retriever = new FacetRetriever(embeddings, index ?? RetrievalSetup.Index, new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(5) }, Counters, Cache.FacetSearches);
    }

    public RetrievalCounters Counters { get; } = new();

    public RetrievalCache Cache { get; }

    public FacetRetriever Retriever { get; }

    public void Dispose() => Cache.Dispose();
}
