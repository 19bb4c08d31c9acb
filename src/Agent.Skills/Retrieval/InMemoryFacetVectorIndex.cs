using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The embedded default vector index: exact cosine similarity over per-tenant collections held in memory.
/// A catalog has hundreds of records, so an exact scan is both the fastest and the most accurate choice.
/// </summary>
internal sealed class InMemoryFacetVectorIndex : IFacetVectorIndex
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, FacetVectorRecord>> _tenants = new(StringComparer.Ordinal);

    /// <summary>Number of records stored for <paramref name="tenantId"/>.</summary>
    public int Count(string tenantId) => _tenants.TryGetValue(tenantId, out var records) ? records.Count : 0;

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyList<FacetVectorRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var collection = _tenants.GetOrAdd(record.TenantId, _ => new ConcurrentDictionary<string, FacetVectorRecord>(StringComparer.Ordinal));
            collection[record.Key] = record;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_tenants.TryGetValue(query.TenantId, out var collection))
        {
            return Task.FromResult<IReadOnlyList<FacetVectorHit>>([]);
        }

        var vector = query.Vector.Span;
        var hits = new List<FacetVectorHit>();
        foreach (var record in collection.Values)
        {
            if (record.Kind != query.Kind
                || (query.FacetId is not null && !string.Equals(record.FacetId, query.FacetId, StringComparison.Ordinal))
                || record.Vector.Length != vector.Length)
            {
                continue;
            }

            var score = Cosine(vector, record.Vector.Span);
            hits.Add(new FacetVectorHit(record.Kind, record.FacetId, record.Value, record.Text, score));
        }

        IReadOnlyList<FacetVectorHit> top = hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.FacetId, StringComparer.Ordinal)
            .ThenBy(h => h.Value, StringComparer.Ordinal)
            .Take(query.Top)
            .ToList();
        return Task.FromResult(top);
    }

    // An all-zero vector (a text with no content words) is similar to nothing rather than NaN.
    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var normA = TensorPrimitives.Norm(a);
        var normB = TensorPrimitives.Norm(b);
        return normA == 0 || normB == 0 ? 0 : TensorPrimitives.Dot(a, b) / (normA * normB);
    }
}
