using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Retrieval;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers facet retrieval: embeddings, the vector index, the index builder, the retriever and their caches.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds facet retrieval configured from <c>SegmentAI:Retrieval</c>: embeddings from <c>Embedder</c> (see
    /// <see cref="RetrievalOptions.DefaultEmbedder"/>; MiniLM falls back to hashed n-grams when its model cannot load)
    /// and the in-memory index by default; an OpenAI-compatible endpoint and a Qdrant server only when configured.
    /// Catalog embeddings of a model are kept on disk (<c>CatalogCache</c>) so a restart does not embed them again. Facet
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
        var builder = services.AddEmbeddingGenerator<string, Embedding<float>>(sp => EmbedderSelection.Create(
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value,
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(typeof(EmbedderSelection))));
        // Caches wrap the counter, so embedding calls count only misses.
        builder.Use((inner, sp) => sp.GetRequiredService<RetrievalCache>().CacheEmbeddings(inner));
        configureEmbeddings?.Invoke(builder);
        builder.Use((inner, sp) => new CountingEmbeddingGenerator(inner, sp.GetRequiredService<RetrievalCounters>()));
        services.TryAddSingleton<IFacetVectorIndex>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Qdrant;
            return options.Endpoint is null ? new InMemoryFacetVectorIndex() : (IFacetVectorIndex)new QdrantFacetVectorIndex(options);
        });
        services.TryAddSingleton(sp =>
        {
            var embeddings = sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            return new FacetIndexBuilder(embeddings, sp.GetRequiredService<IFacetVectorIndex>(), store: CatalogStore(sp, embeddings));
        });
        services.TryAddSingleton(sp => new FacetRetriever(
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<IFacetVectorIndex>(),
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.Retriever,
            sp.GetRequiredService<RetrievalCounters>(),
            sp.GetRequiredService<RetrievalCache>().FacetSearches));
        return services;
    }

    // The catalog embedding store asked for by SegmentAI:Retrieval:CatalogCache, or null when it is off.
    private static CatalogEmbeddingStore? CatalogStore(IServiceProvider services, IEmbeddingGenerator<string, Embedding<float>> embeddings)
    {
        var options = services.GetRequiredService<IOptions<RetrievalOptions>>().Value.CatalogCache;
        if (!(options.Enabled ?? embeddings.GetService<HashedNgramEmbeddingGenerator>() is null))
        {
            return null;
        }

        var layout = services.GetService<RepositoryLayout>() ?? RepositoryLayout.Discover();
        var stateDirectory = services.GetService<IConfiguration>()?["Memory:StateDirectory"];
        var folder = !string.IsNullOrWhiteSpace(options.Directory)
            ? layout.Resolve(options.Directory)
            : Path.Combine(string.IsNullOrWhiteSpace(stateDirectory) ? layout.Data : layout.Resolve(stateDirectory), CatalogEmbeddingStore.DefaultFolderName);
        return new CatalogEmbeddingStore(folder, services.GetService<ILoggerFactory>()?.CreateLogger<CatalogEmbeddingStore>());
    }
}
