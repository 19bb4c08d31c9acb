using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>A vector index that is down.</summary>
internal sealed class FailingVectorIndex : IFacetVectorIndex
{
    public Task UpsertAsync(IReadOnlyList<FacetVectorRecord> records, CancellationToken cancellationToken = default) =>
        throw new VectorIndexException("Qdrant at http://127.0.0.1:1/ is unreachable: Connection refused");

    public Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default) =>
        throw new VectorIndexException("Qdrant at http://127.0.0.1:1/ is unreachable: Connection refused");
}

/// <summary>A vector index that never answers and ignores cancellation, like a stuck connection.</summary>
internal sealed class HangingVectorIndex : IFacetVectorIndex
{
    private readonly TaskCompletionSource<IReadOnlyList<FacetVectorHit>> _never = new();

    public Task UpsertAsync(IReadOnlyList<FacetVectorRecord> records, CancellationToken cancellationToken = default) => _never.Task;

    public Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default) => _never.Task;
}

/// <summary>Records upserted batches.</summary>
internal sealed class RecordingVectorIndex : IFacetVectorIndex
{
    public List<IReadOnlyList<FacetVectorRecord>> Batches { get; } = [];

    public Task UpsertAsync(IReadOnlyList<FacetVectorRecord> records, CancellationToken cancellationToken = default)
    {
        Batches.Add(records);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FacetVectorHit>>([]);
}
