using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Benchmarks.Retrieval;

/// <summary>Embedding one short phrase, as retrieval does for every sub-phrase of a request, with each embedded embedder.</summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
public class EmbeddingLatencyBenchmarks
{
    private const string Phrase = "folks who shop on their phone";

    private IEmbeddingGenerator<string, Embedding<float>> _embeddings = null!;

    [Params("HashedNgram", "MiniLm")]
    public string Embedder { get; set; } = "HashedNgram";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _embeddings = Embedder == "MiniLm" ? new MiniLmEmbeddingGenerator() : new HashedNgramEmbeddingGenerator();
        await _embeddings.GenerateVectorAsync(Phrase);
    }

    [GlobalCleanup]
    public void Cleanup() => _embeddings.Dispose();

    [Benchmark]
    public Task<ReadOnlyMemory<float>> EmbedOnePhrase() => _embeddings.GenerateVectorAsync(Phrase);

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
