using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SegmentAI.Skills.Retrieval;

/// <summary>Builder extension adding <see cref="CountingDistributedCachingEmbeddingGenerator"/> to an embedding pipeline.</summary>
internal static class CountingDistributedCachingEmbeddingGeneratorBuilderExtensions
{
    /// <summary>
    /// Caches query embeddings in <paramref name="storage"/> and counts hits and misses into <paramref name="counters"/>.
    /// Place it outside <see cref="CountingEmbeddingGeneratorBuilderExtensions.UseCounting"/> so embedding calls count only misses.
    /// </summary>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseCountingDistributedCache(
        this EmbeddingGeneratorBuilder<string, Embedding<float>> builder,
        IDistributedCache storage,
        RetrievalCounters counters,
        Action<CountingDistributedCachingEmbeddingGenerator>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(counters);
        return builder.Use((inner, services) =>
        {
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger<CountingDistributedCachingEmbeddingGenerator>();
            var generator = new CountingDistributedCachingEmbeddingGenerator(inner, storage, counters, logger);
            configure?.Invoke(generator);
            return generator;
        });
    }
}
