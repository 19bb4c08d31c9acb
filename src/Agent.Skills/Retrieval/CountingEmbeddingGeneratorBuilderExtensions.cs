using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Retrieval;

/// <summary>Builder extension adding <see cref="CountingEmbeddingGenerator"/> to an embedding pipeline.</summary>
internal static class CountingEmbeddingGeneratorBuilderExtensions
{
    /// <summary>Counts the calls that reach the rest of the pipeline (place it inside a cache to count misses).</summary>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseCounting(this EmbeddingGeneratorBuilder<string, Embedding<float>> builder, RetrievalCounters counters)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new CountingEmbeddingGenerator(inner, counters));
    }
}
