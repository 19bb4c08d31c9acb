using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

public sealed class CatalogEmbeddingStoreTests : IDisposable
{
    private static readonly string[] Texts = ["Loyalty Tier. Customer Profile", "Gold, gold"];
    private static readonly ReadOnlyMemory<float>[] Vectors = [new float[] { 0.6f, 0.8f, 0f }, new float[] { 0f, 0f, 1f }];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "catalog-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Stored_vectors_are_read_back_for_the_same_texts()
    {
        var store = new CatalogEmbeddingStore(_folder);

        await store.WriteAsync("acme-retail", "0123abcd", "all-MiniLM-L6-v2", Texts, Vectors);
        var read = await new CatalogEmbeddingStore(_folder).ReadAsync("acme-retail", "0123abcd", "all-MiniLM-L6-v2", Texts);

        Assert.NotNull(read);
        Assert.Equal(Vectors.Select(v => v.ToArray()), read.Select(v => v.ToArray()));
        Assert.Equal([store.PathFor("acme-retail", "0123abcd", "all-MiniLM-L6-v2")], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Another_tenant_fingerprint_or_model_has_no_vectors()
    {
        var store = new CatalogEmbeddingStore(_folder);
        await store.WriteAsync("acme-retail", "0123abcd", "all-MiniLM-L6-v2", Texts, Vectors);

        Assert.Null(await store.ReadAsync("dealflow", "0123abcd", "all-MiniLM-L6-v2", Texts));
        Assert.Null(await store.ReadAsync("acme-retail", "ffffffff", "all-MiniLM-L6-v2", Texts));
        Assert.Null(await store.ReadAsync("acme-retail", "0123abcd", "text-embedding-3-small", Texts));
    }

    [Fact]
    public async Task A_file_holding_other_texts_is_not_used()
    {
        var store = new CatalogEmbeddingStore(_folder);
        await store.WriteAsync("acme-retail", "0123abcd", "m", Texts, Vectors);

        Assert.Null(await store.ReadAsync("acme-retail", "0123abcd", "m", ["Loyalty Tier. Customer Profile", "Platinum, platinum"]));
        Assert.Null(await store.ReadAsync("acme-retail", "0123abcd", "m", [Texts[0]]));
    }

    [Fact]
    public async Task A_damaged_file_is_a_logged_miss_not_a_failure()
    {
        var logger = new RecordingLogger();
        var store = new CatalogEmbeddingStore(_folder, logger);
        await store.WriteAsync("acme-retail", "0123abcd", "m", Texts, Vectors);
        var path = store.PathFor("acme-retail", "0123abcd", "m");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);

        var read = await store.ReadAsync("acme-retail", "0123abcd", "m", Texts);

        Assert.Null(read);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_logged_and_does_not_fail_indexing()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the store wants its folder");
        var logger = new RecordingLogger();
        var store = new CatalogEmbeddingStore(blocker, logger);

        await store.WriteAsync("acme-retail", "0123abcd", "m", Texts, Vectors);

        Assert.Null(await store.ReadAsync("acme-retail", "0123abcd", "m", Texts));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Writing_again_replaces_the_file_whole_and_leaves_no_temporary_files()
    {
        var store = new CatalogEmbeddingStore(_folder);
        ReadOnlyMemory<float>[] other = [new float[] { 1f, 0f, 0f }, new float[] { 0f, 1f, 0f }];

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.WriteAsync("acme-retail", "0123abcd", "m", Texts, i % 2 == 0 ? Vectors : other)));
        var read = await store.ReadAsync("acme-retail", "0123abcd", "m", Texts);

        Assert.NotNull(read);
        Assert.True(read[0].Span.SequenceEqual(Vectors[0].Span) || read[0].Span.SequenceEqual(other[0].Span));
        Assert.Single(Directory.GetFiles(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
