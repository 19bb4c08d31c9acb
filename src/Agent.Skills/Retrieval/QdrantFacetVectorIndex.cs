using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// A vector index on a Qdrant server, spoken to over its REST API: one collection per tenant (cosine distance),
/// points with a deterministic UUID per record and the record's fields as payload, filtered searches by kind
/// and facet. Failures, refusals and time-outs surface as <see cref="VectorIndexException"/>.
/// </summary>
public sealed class QdrantFacetVectorIndex : IFacetVectorIndex
{
    private readonly HttpClient _http;
    private readonly QdrantOptions _options;
    private readonly ConcurrentDictionary<string, bool> _knownCollections = new(StringComparer.Ordinal);

    /// <summary>Creates an index that sends its requests with <paramref name="http"/> to <see cref="QdrantOptions.Endpoint"/>.</summary>
    public QdrantFacetVectorIndex(HttpClient http, QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoint is null)
        {
            throw new ArgumentException("a Qdrant endpoint is required", nameof(options));
        }

        _http = http;
        _options = options;
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
            await EnsureCollectionAsync(collection, tenant.First().Vector.Length, cancellationToken).ConfigureAwait(false);
            var points = new JsonArray();
            foreach (var record in tenant)
            {
                points.Add(new JsonObject
                {
                    ["id"] = PointId(record).ToString(),
                    ["vector"] = ToJson(record.Vector.Span),
                    ["payload"] = new JsonObject
                    {
                        ["tenant"] = record.TenantId,
                        ["kind"] = KindName(record.Kind),
                        ["facet_id"] = record.FacetId,
                        ["value"] = record.Value,
                        ["text"] = record.Text,
                    },
                });
            }

            await SendAsync(HttpMethod.Put, $"collections/{Uri.EscapeDataString(collection)}/points?wait=true", new JsonObject { ["points"] = points }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var must = new JsonArray
        {
            Match("tenant", query.TenantId),
            Match("kind", KindName(query.Kind)),
        };
        if (query.FacetId is not null)
        {
            must.Add(Match("facet_id", query.FacetId));
        }

        var body = new JsonObject
        {
            ["vector"] = ToJson(query.Vector.Span),
            ["limit"] = query.Top,
            ["with_payload"] = true,
            ["filter"] = new JsonObject { ["must"] = must },
        };
        var response = await SendAsync(HttpMethod.Post, $"collections/{Uri.EscapeDataString(CollectionName(query.TenantId))}/points/search", body, cancellationToken, notFoundIsEmpty: true).ConfigureAwait(false);
        if (response?["result"] is not JsonArray result)
        {
            return [];
        }

        var hits = new List<FacetVectorHit>(result.Count);
        foreach (var point in result.OfType<JsonObject>())
        {
            var payload = point["payload"] as JsonObject
                ?? throw new VectorIndexException("Qdrant returned a point without payload; search with with_payload: true");
            hits.Add(new FacetVectorHit(
                ParseKind(payload["kind"]?.GetValue<string>()),
                payload["facet_id"]?.GetValue<string>() ?? throw new VectorIndexException("Qdrant point payload has no facet_id"),
                payload["value"]?.GetValue<string>(),
                payload["text"]?.GetValue<string>() ?? string.Empty,
                point["score"]?.GetValue<double>() ?? 0));
        }

        return hits;
    }

    private async Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken)
    {
        if (_knownCollections.ContainsKey(collection))
        {
            return;
        }

        var existence = await SendAsync(HttpMethod.Get, $"collections/{Uri.EscapeDataString(collection)}/exists", body: null, cancellationToken).ConfigureAwait(false);
        if (existence?["result"]?["exists"]?.GetValue<bool>() != true)
        {
            var create = new JsonObject { ["vectors"] = new JsonObject { ["size"] = dimensions, ["distance"] = "Cosine" } };
            await SendAsync(HttpMethod.Put, $"collections/{Uri.EscapeDataString(collection)}", create, cancellationToken).ConfigureAwait(false);
        }

        _knownCollections[collection] = true;
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken, bool notFoundIsEmpty = false)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(method, new Uri(_options.Endpoint!, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Add("api-key", _options.ApiKey);
        }

        try
        {
            using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (notFoundIsEmpty && response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new VectorIndexException($"Qdrant {method} {path} failed with {(int)response.StatusCode}: {ErrorOf(text)}");
            }

            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new VectorIndexException($"Qdrant {method} {path} timed out after {_options.RequestTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
        }
        catch (HttpRequestException e)
        {
            throw new VectorIndexException($"Qdrant at {_options.Endpoint} is unreachable: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new VectorIndexException($"Qdrant {method} {path} returned malformed JSON: {e.Message}", e);
        }
    }

    // Qdrant reports errors as {"status": {"error": "..."}, "time": ...}.
    private static string ErrorOf(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["status"]?["error"]?.GetValue<string>() ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static JsonObject Match(string key, string value) =>
        new() { ["key"] = key, ["match"] = new JsonObject { ["value"] = value } };

    private static JsonArray ToJson(ReadOnlySpan<float> vector)
    {
        var array = new JsonArray();
        foreach (var x in vector)
        {
            array.Add(x);
        }

        return array;
    }

    private static string KindName(FacetRecordKind kind) => kind == FacetRecordKind.Facet ? "facet" : "value";

    private static FacetRecordKind ParseKind(string? kind) => kind switch
    {
        "facet" => FacetRecordKind.Facet,
        "value" => FacetRecordKind.Value,
        _ => throw new VectorIndexException($"Qdrant point payload has an unknown kind '{kind}'"),
    };
}
