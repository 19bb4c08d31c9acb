using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// What a tenant's vector index holds, as one short hash: the texts <see cref="FacetIndexBuilder"/> embeds for the
/// tenant and the model that embeds them. The facet-search cache files hits under it and the catalog embedding
/// store files vectors under it, so both see a changed catalog or model as new and every host computes the same
/// value for the same catalog.
/// </summary>
internal static class IndexFingerprint
{
    /// <summary>Provider, model id and dimensions of a generator (or of the generator a pipeline wraps).</summary>
    public static string ModelKey(IEmbeddingGenerator<string, Embedding<float>> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var metadata = embeddings.GetService<EmbeddingGeneratorMetadata>();
        return $"{metadata?.ProviderName}/{metadata?.DefaultModelId}/{metadata?.DefaultModelDimensions}";
    }

    /// <summary>The fingerprint of <paramref name="tenant"/>'s indexed texts embedded by <paramref name="modelKey"/>.</summary>
    public static string Of(Tenant tenant, string modelKey)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(modelKey);
        Add(tenant.Id);
        foreach (var facet in FacetTexts.Retrievable(tenant))
        {
            Add($"facet\t{facet.Id}\t{FacetTexts.FacetText(facet)}");
            foreach (var value in facet.Values)
            {
                Add($"value\t{facet.Id}\t{value.Value}\t{FacetTexts.ValueText(value)}");
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }
}
