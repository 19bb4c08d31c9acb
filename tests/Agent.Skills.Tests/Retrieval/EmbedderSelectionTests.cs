using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class EmbedderSelectionTests : IDisposable
{
    private readonly string _stateDirectory = Path.Combine(Path.GetTempPath(), "embedder-state-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Without_configuration_the_embedded_default_is_used()
    {
        Assert.Equal(RetrievalOptions.DefaultEmbedder, EmbedderSelection.Kind(new RetrievalOptions()));
    }

    [Fact]
    public void A_configured_endpoint_selects_it_unless_an_embedder_is_named()
    {
        var options = new RetrievalOptions { Embeddings = { Endpoint = new Uri("http://127.0.0.1:1/v1") } };

        Assert.Equal(EmbedderKind.OpenAiCompatible, EmbedderSelection.Kind(options));
        options.Embedder = EmbedderKind.HashedNgram;
        Assert.Equal(EmbedderKind.HashedNgram, EmbedderSelection.Kind(options));
    }

    [Fact]
    public void The_endpoint_embedder_without_an_endpoint_is_a_configuration_error()
    {
        var options = new RetrievalOptions { Embedder = EmbedderKind.OpenAiCompatible };

        var error = Assert.Throws<InvalidOperationException>(() => EmbedderSelection.Create(options, new RecordingLogger()));

        Assert.Contains("Embeddings:Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_model_cannot_load_a_warning_is_logged_and_hashed_ngrams_are_used()
    {
        var logger = new RecordingLogger();

        using var generator = EmbedderSelection.Create(
            new RetrievalOptions { Embedder = EmbedderKind.MiniLm },
            logger,
            _ => throw new DllNotFoundException("Unable to load shared library 'onnxruntime'"));

        Assert.IsType<HashedNgramEmbeddingGenerator>(generator);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.IsType<DllNotFoundException>(warning.Exception);
    }

    [Fact]
    public async Task The_registered_minilm_pipeline_keeps_catalog_embeddings_in_the_state_directory()
    {
        await using var services = Services(
        [
            new("SegmentAI:Retrieval:Embedder", "MiniLm"),
            new("Memory:StateDirectory", _stateDirectory),
        ]);
        var dealflow = services.GetRequiredService<TenantDirectory>().Get("dealflow");

        var metadata = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GetService<EmbeddingGeneratorMetadata>();
        var first = await services.GetRequiredService<FacetIndexBuilder>().BuildAsync(dealflow);
        await using var restarted = Services(
        [
            new("SegmentAI:Retrieval:Embedder", "MiniLm"),
            new("Memory:StateDirectory", _stateDirectory),
        ]);
        var second = await restarted.GetRequiredService<FacetIndexBuilder>().BuildAsync(dealflow);

        Assert.Equal("all-MiniLM-L6-v2", metadata?.DefaultModelId);
        Assert.False(first.EmbeddingsFromStore);
        Assert.True(second.EmbeddingsFromStore);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_stateDirectory, CatalogEmbeddingStore.DefaultFolderName)));
        Assert.StartsWith("dealflow.", Path.GetFileName(file), StringComparison.Ordinal);
        Assert.EndsWith(".all-MiniLM-L6-v2.vectors", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_ngram_catalogs_are_not_written_to_disk_unless_asked()
    {
        var folder = Path.Combine(_stateDirectory, "vectors");
        await using var services = Services([new("SegmentAI:Retrieval:Embedder", "HashedNgram"), new("SegmentAI:Retrieval:CatalogCache:Directory", folder)]);
        await using var asked = Services(
        [
            new("SegmentAI:Retrieval:Embedder", "HashedNgram"),
            new("SegmentAI:Retrieval:CatalogCache:Directory", folder),
            new("SegmentAI:Retrieval:CatalogCache:Enabled", "true"),
        ]);
        var dealflow = services.GetRequiredService<TenantDirectory>().Get("dealflow");

        await services.GetRequiredService<FacetIndexBuilder>().BuildAsync(dealflow);
        Assert.False(Directory.Exists(folder));
        await asked.GetRequiredService<FacetIndexBuilder>().BuildAsync(dealflow);
        Assert.Single(Directory.GetFiles(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }

    private static ServiceProvider Services(IEnumerable<KeyValuePair<string, string?>> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSegmentSkills()
            .BuildServiceProvider();
}
