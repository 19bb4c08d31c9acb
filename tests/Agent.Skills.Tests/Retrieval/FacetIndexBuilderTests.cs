using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class FacetIndexBuilderTests
{
    [Fact]
    public async Task Every_usable_facet_and_value_is_embedded_in_batches_and_personal_data_is_skipped()
    {
        var tenant = RetrievalSetup.Tenant("acme-retail");
        var counters = new RetrievalCounters();
        var embeddings = new HashedNgramEmbeddingGenerator().AsBuilder().UseCounting(counters).Build();
        var index = new RecordingVectorIndex();

        var report = await new FacetIndexBuilder(embeddings, index, batchSize: 50).BuildAsync(tenant);

        var records = index.Batches.SelectMany(b => b).ToList();
        Assert.Equal(["birth_date", "email", "first_name", "last_name", "zip"], report.Skipped.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(records, r => report.Skipped.Contains(r.FacetId));
        Assert.Equal(tenant.Catalog.Facets.Count - 5, report.Facets);
        Assert.Equal(tenant.Catalog.Facets.Where(f => !f.Pii).Sum(f => f.Values.Count), report.Values);
        Assert.Equal(report.Facets + report.Values, records.Count);
        Assert.All(index.Batches, b => Assert.InRange(b.Count, 1, 50));
        Assert.Equal(index.Batches.Count, report.Batches);
        Assert.Equal(report.Batches, counters.EmbeddingCalls);
        Assert.All(records, r => Assert.Equal(HashedNgramEmbeddingGenerator.DefaultDimensions, r.Vector.Length));
        Assert.Contains(records, r => r is { Kind: FacetRecordKind.Value, FacetId: "department_purchased", Value: "Baby" });
    }

    [Fact]
    public async Task Rebuilding_a_tenant_replaces_its_records_instead_of_adding_more()
    {
        var tenant = RetrievalSetup.Tenant("dealflow");
        var index = new InMemoryFacetVectorIndex();
        var builder = new FacetIndexBuilder(new HashedNgramEmbeddingGenerator(), index);

        var first = await builder.BuildAsync(tenant);
        await builder.BuildAsync(tenant);

        Assert.Equal(first.Facets + first.Values, index.Count("dealflow"));
    }
}
