namespace SegmentAI.Skills.Retrieval;

/// <summary>Where and how to reach a Qdrant server over its REST API.</summary>
public sealed class QdrantOptions
{
    /// <summary>Base address of the REST API, e.g. http://localhost:6333.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Value of the <c>api-key</c> header, when the server requires one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Collection name prefix; the tenant id completes it (one collection per tenant).</summary>
    public string CollectionPrefix { get; set; } = "segmentai-facets-";

    /// <summary>Time allowed for one request before it fails with <see cref="VectorIndexException"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
