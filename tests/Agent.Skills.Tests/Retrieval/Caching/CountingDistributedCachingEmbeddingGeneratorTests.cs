using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

public sealed class CountingDistributedCachingEmbeddingGeneratorTests
{
    [Fact]
    public async Task The_same_phrase_embeds_once_and_later_calls_hit()
    {
        var counters = new RetrievalCounters();
        using var generator = Cached(new HashedNgramEmbeddingGenerator(), NewStore(), counters);

        var first = await generator.GenerateVectorAsync("baby products");
        var second = await generator.GenerateVectorAsync("baby products");
        await generator.GenerateVectorAsync("gold members");

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(2, counters.EmbeddingCalls);
        Assert.Equal(1, counters.EmbeddingCacheHits);
        Assert.Equal(2, counters.EmbeddingCacheMisses);
    }

    [Fact]
    public async Task Another_model_never_reads_this_models_vectors()
    {
        var counters = new RetrievalCounters();
        var store = NewStore();
        using var small = Cached(new HashedNgramEmbeddingGenerator(128), store, counters);
        using var large = Cached(new HashedNgramEmbeddingGenerator(256), store, counters);

        var fromSmall = await small.GenerateVectorAsync("baby products");
        var fromLarge = await large.GenerateVectorAsync("baby products");

        Assert.Equal(128, fromSmall.Length);
        Assert.Equal(256, fromLarge.Length);
        Assert.Equal(0, counters.EmbeddingCacheHits);
    }

    [Fact]
    public async Task Catalog_batches_bypass_the_cache()
    {
        var counters = new RetrievalCounters();
        var store = new RecordingDistributedCache();
        using var generator = Cached(new HashedNgramEmbeddingGenerator(), store, counters);

        var batch = await generator.GenerateAsync(["Baby", "Electronics", "Grocery"]);

        Assert.Equal(3, batch.Count);
        Assert.Empty(store.Written);
        Assert.Equal(0, counters.EmbeddingCacheHits + counters.EmbeddingCacheMisses);
        Assert.Equal(3, counters.EmbeddedTexts);
    }

    [Fact]
    public async Task Entries_are_written_with_the_configured_expiration()
    {
        var store = new RecordingDistributedCache();
        using var generator = Cached(new HashedNgramEmbeddingGenerator(), store, new RetrievalCounters(), TimeSpan.FromMinutes(7));

        await generator.GenerateVectorAsync("baby products");

        var written = Assert.Single(store.Written);
        Assert.Equal(TimeSpan.FromMinutes(7), written.Value.AbsoluteExpirationRelativeToNow);
    }

    [Fact]
    public async Task A_store_that_fails_is_a_miss_and_the_phrase_still_embeds()
    {
        var counters = new RetrievalCounters();
        using var generator = Cached(new HashedNgramEmbeddingGenerator(), new FailingDistributedCache(), counters);

        var vector = await generator.GenerateVectorAsync("baby products");

        Assert.Equal(HashedNgramEmbeddingGenerator.DefaultDimensions, vector.Length);
        Assert.Equal(1, counters.EmbeddingCacheMisses);
        Assert.Equal(1, counters.EmbeddingCalls);
    }

    [Fact]
    public async Task The_in_process_store_stays_within_its_size_limit()
    {
        const long limit = 64 * 1024;
        var counters = new RetrievalCounters();
        using var cache = RetrievalCache.Create(new RetrievalCacheOptions { LocalSizeLimit = limit }, counters);
        using var generator = Cached(new HashedNgramEmbeddingGenerator(), cache.EmbeddingStore!, counters);
        var phrases = Enumerable.Range(0, 200).Select(i => $"phrase number {i}").ToList();

        foreach (var phrase in phrases)
        {
            await generator.GenerateVectorAsync(phrase);
        }

        // Looking through a view that never writes, so checking an entry cannot push another one out.
        var looking = new RetrievalCounters();
        using var lookup = Cached(new HashedNgramEmbeddingGenerator(), new ReadOnlyDistributedCache(cache.EmbeddingStore!), looking);
        long held = 0;
        var kept = 0;
        foreach (var phrase in phrases)
        {
            var before = looking.EmbeddingCacheHits;
            await lookup.GenerateVectorAsync(phrase);
            if (looking.EmbeddingCacheHits > before)
            {
                kept++;
                held += await EntrySizeAsync(phrase);
            }
        }

        Assert.InRange(kept, 1, phrases.Count - 1);
        Assert.InRange(held, 1, limit);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Cached(
        IEmbeddingGenerator<string, Embedding<float>> inner, IDistributedCache store, RetrievalCounters counters, TimeSpan? expiration = null) =>
        inner.AsBuilder()
            .UseCountingDistributedCache(store, counters, g => g.Expiration = expiration ?? CountingDistributedCachingEmbeddingGenerator.DefaultExpiration)
            .UseCounting(counters)
            .Build();

    private static MemoryDistributedCache NewStore() => new(Options.Create(new MemoryDistributedCacheOptions()));

    // What one cached embedding of the default generator takes in the store (JSON of the vector and its metadata).
    private static async Task<long> EntrySizeAsync(string phrase)
    {
        var store = new RecordingDistributedCache();
        using var generator = Cached(new HashedNgramEmbeddingGenerator(), store, new RetrievalCounters());
        await generator.GenerateVectorAsync(phrase);
        return store.Get(Assert.Single(store.Written).Key)!.Length;
    }
}
