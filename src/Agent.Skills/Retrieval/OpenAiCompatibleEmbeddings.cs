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
        return new EndpointFailures(client.GetEmbeddingClient(options.Model).AsIEmbeddingGenerator(options.Dimensions), endpoint);
    }

    // The SDK throws what its transport or its parser happens to throw (ClientResultException, FormatException on a
    // garbled vector, JsonException, ...); every one of them means the endpoint failed this query.
    private sealed class EndpointFailures(IEmbeddingGenerator<string, Embedding<float>> inner, Uri endpoint)
        : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            try
            {
                return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new EmbeddingEndpointException($"the embeddings endpoint {endpoint} failed: {ex.Message}", ex);
            }
        }
    }
}
