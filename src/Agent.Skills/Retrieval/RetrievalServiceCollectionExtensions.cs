using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SegmentAI.Skills.Retrieval;

/// <summary>Registers facet retrieval: embeddings, the vector index, the index builder and the retriever.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds facet retrieval configured from <c>SegmentAI:Retrieval</c>: the embedded hashed n-gram embeddings and
    /// in-memory index by default; an OpenAI-compatible endpoint and a Qdrant server only when configured. The
    /// embedding pipeline is a Microsoft.Extensions.AI builder, so a cache (<c>UseDistributedCache</c>) can be
    /// added with <paramref name="configureEmbeddings"/>.
    /// </summary>
    public static IServiceCollection AddFacetRetrieval(
        this IServiceCollection services,
        Action<EmbeddingGeneratorBuilder<string, Embedding<float>>>? configureEmbeddings = null)
    {
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.SectionName);
        services.TryAddSingleton<RetrievalCounters>();
        var builder = services.AddEmbeddingGenerator<string, Embedding<float>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Embeddings;
            return options.Endpoint is null
                ? (IEmbeddingGenerator<string, Embedding<float>>)new HashedNgramEmbeddingGenerator()
                : new OpenAiCompatibleEmbeddingGenerator(new HttpClient(), options);
        });
        // The cache a caller adds wraps the counter, so the counter sees only misses.
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
            sp.GetRequiredService<RetrievalCounters>()));
        return services;
    }
}
