using Microsoft.Extensions.AI;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Embeds every retrievable facet and value of a tenant's catalog and upserts them into the vector index in
/// batches. PII, restricted and disallowed facets are never embedded, so they can never be retrieved. With a
/// <see cref="CatalogEmbeddingStore"/>, a catalog already embedded by the same model (in this process or an earlier
/// one) is read back from disk instead of embedded again.
/// </summary>
public sealed class FacetIndexBuilder
{
    /// <summary>Default number of records embedded and upserted per batch.</summary>
    public const int DefaultBatchSize = 64;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly IFacetVectorIndex _index;
    private readonly int _batchSize;
    private readonly CatalogEmbeddingStore? _store;
    private readonly string _model;

    /// <summary>Creates a builder that embeds with <paramref name="embeddings"/> and writes to <paramref name="index"/>.</summary>
    public FacetIndexBuilder(
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        IFacetVectorIndex index,
        int batchSize = DefaultBatchSize,
        CatalogEmbeddingStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _embeddings = embeddings;
        _index = index;
        _batchSize = batchSize;
        _store = store;
        _model = IndexFingerprint.ModelKey(embeddings);
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

        var texts = pending.Select(r => r.Text).ToList();
        var fingerprint = _store is null ? string.Empty : IndexFingerprint.Of(tenant, _model);
        var modelId = _embeddings.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "model";
        var stored = _store is null ? null : await _store.ReadAsync(tenant.Id, fingerprint, modelId, texts, cancellationToken).ConfigureAwait(false);
        var vectors = new List<ReadOnlyMemory<float>>(pending.Count);

        var batches = 0;
        var start = 0;
        foreach (var batch in pending.Chunk(_batchSize))
        {
            if (stored is null)
            {
                var generated = await _embeddings.GenerateAsync(batch.Select(r => r.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
                vectors.AddRange(generated.Select(e => e.Vector));
            }
            else
            {
                vectors.AddRange(Enumerable.Range(start, batch.Length).Select(i => stored[i]));
            }

            var records = batch.Select((r, i) => new FacetVectorRecord(tenant.Id, r.Kind, r.FacetId, r.Value, r.Text, vectors[start + i])).ToList();
            await _index.UpsertAsync(records, cancellationToken).ConfigureAwait(false);
            start += batch.Length;
            batches++;
        }

        if (_store is not null && stored is null)
        {
            await _store.WriteAsync(tenant.Id, fingerprint, modelId, texts, vectors, cancellationToken).ConfigureAwait(false);
        }

        var facets = pending.Count(r => r.Kind == FacetRecordKind.Facet);
        return new FacetIndexReport(tenant.Id, facets, pending.Count - facets, batches, skipped) { EmbeddingsFromStore = stored is not null };
    }
}
