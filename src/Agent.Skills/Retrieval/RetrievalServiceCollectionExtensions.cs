using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Retrieval.Caching;

namespace SegmentAI.Skills.Retrieval;

/// <summary>Registers facet retrieval: embeddings, the vector index, the index builder, the retriever and their caches.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds facet retrieval configured from <c>SegmentAI:Retrieval</c>: the embedded hashed n-gram embeddings and
    /// in-memory index by default; an OpenAI-compatible endpoint and a Qdrant server only when configured. Facet
    /// searches and query embeddings are cached in process unless <c>SegmentAI:Retrieval:Cache:Enabled</c> is
    /// false, and shared through Redis when <c>SegmentAI:Retrieval:Cache:Redis</c> is set. The embedding pipeline
    /// is a Microsoft.Extensions.AI builder, so further stages can be added with <paramref name="configureEmbeddings"/>.
    /// </summary>
    public static IServiceCollection AddFacetRetrieval(
        this IServiceCollection services,
        Action<EmbeddingGeneratorBuilder<string, Embedding<float>>>? configureEmbeddings = null)
    {
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.SectionName);
        services.TryAddSingleton<RetrievalCounters>();
        services.TryAddSingleton(sp => RetrievalCache.Create(
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Cache,
            sp.GetRequiredService<RetrievalCounters>(),
            sp.GetService<ILoggerFactory>()));
        var builder = services.AddEmbeddingGenerator<string, Embedding<float>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Embeddings;
            return options.Endpoint is null
                ? (IEmbeddingGenerator<string, Embedding<float>>)new HashedNgramEmbeddingGenerator()
                : new OpenAiCompatibleEmbeddingGenerator(new HttpClient(), options);
        });
        // Caches wrap the counter, so embedding calls count only misses.
        builder.Use((inner, sp) => sp.GetRequiredService<RetrievalCache>().CacheEmbeddings(inner));
        configureEmbeddings?.Invoke(builder);
        builder.Use((inner, sp) => new CountingEmbeddingGenerator(inner, sp.GetRequiredService<RetrievalCounters>()));
        services.TryAddSingleton<IFacetVectorIndex>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Qdrant;
            return options.Endpoint is null ? new InMemoryFacetVectorIndex() : (IFacetVectorIndex)new QdrantFacetVectorIndex(new HttpClient(), options);
        });
        services.TryAddSingleton(sp => new FacetIndexBuilder(
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<IFacetVectorIndex>()));
        services.TryAddSingleton(sp => new FacetRetriever(
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<IFacetVectorIndex>(),
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Retriever,
            sp.GetRequiredService<RetrievalCounters>(),
            sp.GetRequiredService<RetrievalCache>().FacetSearches));
        return services;
    }
}
