using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>The three repository tenants indexed once with the embedded defaults.</summary>
internal static class RetrievalSetup
{
    private static readonly Lazy<InMemoryFacetVectorIndex> Indexed = new(() =>
    {
        var index = new InMemoryFacetVectorIndex();
        var builder = new FacetIndexBuilder(new HashedNgramEmbeddingGenerator(), index);
        foreach (var id in RepositoryTenants.Ids)
        {
            builder.BuildAsync(Tenant(id)).GetAwaiter().GetResult();
        }

        return index;
    });

    /// <summary>An index holding all three repository tenants.</summary>
    public static InMemoryFacetVectorIndex Index => Indexed.Value;

    public static Tenant Tenant(string id) => RepositoryTenants.Directory.Get(id);

    /// <summary>A retriever over the shared index.</summary>
    public static FacetRetriever Retriever(FacetRetrieverOptions? options = null) =>
        new(new HashedNgramEmbeddingGenerator(), Index, options ?? new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(5) });
}
