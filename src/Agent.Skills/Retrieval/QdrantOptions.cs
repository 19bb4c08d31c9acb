namespace SegmentAI.Skills.Retrieval;

/// <summary>Where and how to reach a Qdrant server over its gRPC API.</summary>
internal sealed class QdrantOptions
{
    /// <summary>Address of the gRPC API, e.g. http://localhost:6334 (the REST port, 6333, does not speak gRPC).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The API key, when the server requires one (sent as the <c>api-key</c> metadata).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Collection name prefix; the tenant id completes it (one collection per tenant).</summary>
    public string CollectionPrefix { get; set; } = "segmentai-facets-";

    /// <summary>Time allowed for one request before it fails with <see cref="VectorIndexException"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
