using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Retrieval;

/// <summary>A decorator that counts embedding calls and texts into <see cref="RetrievalCounters"/>.</summary>
internal sealed class CountingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly RetrievalCounters _counters;

    /// <summary>Wraps <paramref name="innerGenerator"/>.</summary>
    public CountingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, RetrievalCounters counters)
        : base(innerGenerator)
    {
        ArgumentNullException.ThrowIfNull(counters);
        _counters = counters;
    }

    /// <inheritdoc />
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var list = values as IReadOnlyCollection<string> ?? values.ToList();
        _counters.RecordEmbedding(list.Count);
        return base.GenerateAsync(list, options, cancellationToken);
    }
}
