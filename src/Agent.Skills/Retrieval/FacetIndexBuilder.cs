using Microsoft.Extensions.AI;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Embeds every retrievable facet and value of a tenant's catalog and upserts them into the vector index in
/// batches. PII, restricted and disallowed facets are never embedded, so they can never be retrieved.
/// </summary>
public sealed class FacetIndexBuilder
{
    /// <summary>Default number of records embedded and upserted per batch.</summary>
    public const int DefaultBatchSize = 64;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly IFacetVectorIndex _index;
    private readonly int _batchSize;

    /// <summary>Creates a builder that embeds with <paramref name="embeddings"/> and writes to <paramref name="index"/>.</summary>
    public FacetIndexBuilder(IEmbeddingGenerator<string, Embedding<float>> embeddings, IFacetVectorIndex index, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _embeddings = embeddings;
        _index = index;
        _batchSize = batchSize;
    }

    /// <summary>Indexes <paramref name="tenant"/>'s catalog; running it again replaces the same records.</summary>
    public async Task<FacetIndexReport> BuildAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var retrievable = FacetTexts.Retrievable(tenant);
        var skipped = tenant.Catalog.Facets.Where(f => !retrievable.Contains(f)).Select(f => f.Id).ToList();
        var pending = new List<(FacetRecordKind Kind, string FacetId, string? Value, string Text)>();
        foreach (var facet in retrievable)
        {
            pending.Add((FacetRecordKind.Facet, facet.Id, null, FacetTexts.FacetText(facet)));
            pending.AddRange(facet.Values.Select(v => (FacetRecordKind.Value, facet.Id, (string?)v.Value, FacetTexts.ValueText(v))));
        }

        var batches = 0;
        foreach (var batch in pending.Chunk(_batchSize))
        {
            var vectors = await _embeddings.GenerateAsync(batch.Select(r => r.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
            var records = batch.Select((r, i) => new FacetVectorRecord(tenant.Id, r.Kind, r.FacetId, r.Value, r.Text, vectors[i].Vector)).ToList();
            await _index.UpsertAsync(records, cancellationToken).ConfigureAwait(false);
            batches++;
        }

        var facets = pending.Count(r => r.Kind == FacetRecordKind.Facet);
        return new FacetIndexReport(tenant.Id, facets, pending.Count - facets, batches, skipped);
    }
}
