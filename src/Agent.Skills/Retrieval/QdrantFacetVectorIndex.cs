using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// A vector index on a Qdrant server, through the Qdrant.Client package (gRPC): one collection per tenant (cosine
/// distance), points with a deterministic UUID per record and the record's fields as payload, filtered searches by
/// kind and facet. Every gRPC failure, refusal and time-out surfaces as <see cref="VectorIndexException"/>, so the
/// retriever falls back to lexical matching.
/// </summary>
internal sealed class QdrantFacetVectorIndex : IFacetVectorIndex, IDisposable
{
    private readonly QdrantClient _client;
    private readonly QdrantOptions _options;
    private readonly ConcurrentDictionary<string, bool> _knownCollections = new(StringComparer.Ordinal);

    /// <summary>Creates an index on the server at <see cref="QdrantOptions.Endpoint"/> (its gRPC port, 6334 by default).</summary>
    public QdrantFacetVectorIndex(QdrantOptions options)
        : this(new QdrantGrpcClient(RequiredEndpoint(options), options.ApiKey), options)
    {
    }

    /// <summary>Creates an index that calls Qdrant through <paramref name="grpc"/> (tests pass one over their own call invoker).</summary>
    public QdrantFacetVectorIndex(QdrantGrpcClient grpc, QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(grpc);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _client = new QdrantClient(grpc, options.RequestTimeout);
    }

    /// <summary>The collection holding <paramref name="tenantId"/>'s records.</summary>
    public string CollectionName(string tenantId) => _options.CollectionPrefix + tenantId;

    /// <summary>The Qdrant point id of a record: a UUID derived from its tenant and key, so re-indexing replaces it.</summary>
    public static Guid PointId(FacetVectorRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(record.TenantId + "\n" + record.Key));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <inheritdoc />
    public async Task UpsertAsync(IReadOnlyList<FacetVectorRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var tenant in records.GroupBy(r => r.TenantId, StringComparer.Ordinal))
        {
            var collection = CollectionName(tenant.Key);
            await CallAsync("upsert", async () =>
            {
                await EnsureCollectionAsync(collection, tenant.First().Vector.Length, cancellationToken).ConfigureAwait(false);
                await _client.UpsertAsync(collection, tenant.Select(Point).ToList(), wait: true, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new Filter();
        filter.Must.Add(MatchKeyword("tenant", query.TenantId));
        filter.Must.Add(MatchKeyword("kind", KindName(query.Kind)));
        if (query.FacetId is not null)
        {
            filter.Must.Add(MatchKeyword("facet_id", query.FacetId));
        }

        var points = await CallAsync("search", async () =>
        {
            try
            {
                return await _client.QueryAsync(
                    CollectionName(query.TenantId), query.Vector.ToArray(), filter: filter, limit: (ulong)query.Top, payloadSelector: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                // A tenant nothing was indexed for has no collection yet: nothing is near.
                return [];
            }
        }, cancellationToken).ConfigureAwait(false);
        return points.Select(Hit).ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private async Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken)
    {
        if (_knownCollections.ContainsKey(collection))
        {
            return;
        }

        if (!await _client.CollectionExistsAsync(collection, cancellationToken).ConfigureAwait(false))
        {
            await _client.CreateCollectionAsync(collection, new VectorParams { Size = (ulong)dimensions, Distance = Distance.Cosine }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        _knownCollections[collection] = true;
    }

    // Every way a call can fail becomes the index's own exception, with the server's words where it gave any.
    private async Task<T> CallAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (RpcException e)
        {
            throw new VectorIndexException(e.StatusCode switch
            {
                StatusCode.Unavailable => $"Qdrant at {_options.Endpoint} is unreachable: {e.Status.Detail}",
                StatusCode.DeadlineExceeded => $"Qdrant {operation} timed out after {_options.RequestTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms",
                _ => $"Qdrant {operation} failed ({e.StatusCode}): {e.Status.Detail}",
            }, e);
        }
        catch (QdrantException e)
        {
            throw new VectorIndexException($"Qdrant {operation} failed: {e.Message}", e);
        }
    }

    private static PointStruct Point(FacetVectorRecord record)
    {
        var point = new PointStruct { Id = PointId(record), Vectors = record.Vector.ToArray() };
        point.Payload["tenant"] = record.TenantId;
        point.Payload["kind"] = KindName(record.Kind);
        point.Payload["facet_id"] = record.FacetId;
        point.Payload["text"] = record.Text;
        if (record.Value is not null)
        {
            point.Payload["value"] = record.Value;
        }

        return point;
    }

    private static FacetVectorHit Hit(ScoredPoint point)
    {
        string? Text(string key) => point.Payload.TryGetValue(key, out var value) && value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : null;
        return new FacetVectorHit(
            ParseKind(Text("kind")),
            Text("facet_id") ?? throw new VectorIndexException("Qdrant point payload has no facet_id; search with its payload"),
            Text("value"),
            Text("text") ?? string.Empty,
            point.Score);
    }

    private static Uri RequiredEndpoint(QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Endpoint ?? throw new ArgumentException("a Qdrant endpoint is required", nameof(options));
    }

    private static string KindName(FacetRecordKind kind) => kind == FacetRecordKind.Facet ? "facet" : "value";

    private static FacetRecordKind ParseKind(string? kind) => kind switch
    {
        "facet" => FacetRecordKind.Facet,
        "value" => FacetRecordKind.Value,
        _ => throw new VectorIndexException($"Qdrant point payload has an unknown kind '{kind}'"),
    };
}
