using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class InMemoryFacetVectorIndexTests
{
    private static FacetVectorRecord Record(string tenant, string facet, float[] vector, string? value = null) =>
        new(tenant, value is null ? FacetRecordKind.Facet : FacetRecordKind.Value, facet, value, facet, vector);

    [Fact]
    public async Task A_search_for_one_tenant_never_sees_another_tenants_records()
    {
        var index = new InMemoryFacetVectorIndex();
        await index.UpsertAsync([Record("a", "shared", [1, 0]), Record("b", "shared", [1, 0]), Record("b", "only_b", [1, 0])]);

        var hits = await index.SearchAsync(new FacetVectorQuery("a", new float[] { 1, 0 }, FacetRecordKind.Facet, Top: 10));

        var hit = Assert.Single(hits);
        Assert.Equal("shared", hit.FacetId);
        Assert.Empty(await index.SearchAsync(new FacetVectorQuery("c", new float[] { 1, 0 }, FacetRecordKind.Facet)));
    }

    [Fact]
    public async Task Hits_are_ranked_by_cosine_and_filtered_by_kind_and_facet()
    {
        var index = new InMemoryFacetVectorIndex();
        await index.UpsertAsync(
        [
            Record("t", "near", [1, 0.1f]),
            Record("t", "far", [0, 1]),
            Record("t", "department", [1, 0], "Baby"),
            Record("t", "department", [0, 1], "Pets"),
            Record("t", "category", [1, 0], "Diapers"),
        ]);

        var facets = await index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet));
        var values = await index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Value, "department", 1));

        Assert.Equal(["near", "far"], facets.Select(h => h.FacetId));
        Assert.True(facets[0].Score > 0.99 && facets[1].Score < 0.1);
        Assert.Equal("Baby", Assert.Single(values).Value);
    }

    [Fact]
    public async Task Upserting_the_same_record_again_replaces_it()
    {
        var index = new InMemoryFacetVectorIndex();
        await index.UpsertAsync([Record("t", "f", [1, 0])]);
        await index.UpsertAsync([Record("t", "f", [0, 1])]);

        var hit = Assert.Single(await index.SearchAsync(new FacetVectorQuery("t", new float[] { 0, 1 }, FacetRecordKind.Facet)));
        Assert.Equal(1, index.Count("t"));
        Assert.True(hit.Score > 0.99);
    }
}
