using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Embeddings from an OpenAI-compatible endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM, LM Studio, …) through the
/// OpenAI SDK's embedding client. Retries are off: a query embedding that is slow or failing is worth less than the
/// lexical answer the retriever falls back to within its time budget.
/// </summary>
internal static class OpenAiCompatibleEmbeddings
{
    // Endpoints that need no key (a local Ollama) still get a bearer header; they ignore it.
    private const string NoKey = "no-key";

    public static IEmbeddingGenerator<string, Embedding<float>> Create(OpenAiCompatibleEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new ArgumentException("an embeddings endpoint is required", nameof(options));
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey),
            new OpenAIClientOptions { Endpoint = endpoint, NetworkTimeout = options.RequestTimeout, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });
        return client.GetEmbeddingClient(options.Model).AsIEmbeddingGenerator(options.Dimensions);
    }
}
