namespace SegmentAI.Skills.Retrieval;

/// <summary>An OpenAI-compatible embeddings endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM, LM Studio, ...).</summary>
internal sealed class OpenAiCompatibleEmbeddingOptions
{
    /// <summary>Base address; the SDK posts to <c>{Endpoint}/embeddings</c> (e.g. https://api.openai.com/v1).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model id sent with every request.</summary>
    public string Model { get; set; } = "text-embedding-3-small";

    /// <summary>Bearer token, when the endpoint requires one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Dimensions of the model's vectors, if known (reported in the metadata).</summary>
    public int? Dimensions { get; set; }

    /// <summary>Time allowed for one request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
