using Microsoft.Extensions.AI;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

public sealed class CatalogEmbeddingIndexingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "catalog-index-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_restarted_builder_reads_the_catalog_embeddings_from_disk_instead_of_embedding_again()
    {
        var tenant = RetrievalSetup.Tenant("dealflow");
        var firstCounters = new RetrievalCounters();
        var firstIndex = new InMemoryFacetVectorIndex();
        var first = await Builder(firstCounters, firstIndex).BuildAsync(tenant);
        var restartedCounters = new RetrievalCounters();
        var restartedIndex = new RecordingVectorIndex();

        var restarted = await Builder(restartedCounters, restartedIndex).BuildAsync(tenant);

        Assert.False(first.EmbeddingsFromStore);
        Assert.True(first.Batches > 0 && firstCounters.EmbeddingCalls == first.Batches);
        Assert.True(restarted.EmbeddingsFromStore);
        Assert.Equal(0, restartedCounters.EmbeddingCalls);
        Assert.Equal(first.Facets + first.Values, restartedIndex.Batches.Sum(b => b.Count));
        var generator = new HashedNgramEmbeddingGenerator();
        var record = restartedIndex.Batches.SelectMany(b => b).First(r => r.Value == "fintech");
        Assert.Equal((await generator.GenerateVectorAsync(record.Text)).ToArray(), record.Vector.ToArray());
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_changed_catalog_is_embedded_again_under_its_own_file()
    {
        var tenant = RetrievalSetup.Tenant("dealflow");
        var changed = Renamed(tenant, "plan", "Subscription Plan");
        await Builder(new RetrievalCounters(), new InMemoryFacetVectorIndex()).BuildAsync(tenant);
        var counters = new RetrievalCounters();

        var report = await Builder(counters, new InMemoryFacetVectorIndex()).BuildAsync(changed);

        Assert.False(report.EmbeddingsFromStore);
        Assert.True(counters.EmbeddingCalls > 0);
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private FacetIndexBuilder Builder(RetrievalCounters counters, IFacetVectorIndex index) =>
        new(new HashedNgramEmbeddingGenerator().AsBuilder().UseCounting(counters).Build(), index, store: new CatalogEmbeddingStore(_folder));

    private static Tenant Renamed(Tenant tenant, string facetId, string name) =>
        tenant with
        {
            Catalog = new FacetCatalog(
                tenant.Catalog.TenantId,
                tenant.Catalog.EventSources,
                tenant.Catalog.Facets.Select(f => f.Id == facetId ? f with { Name = name } : f).ToList()),
        };
}
