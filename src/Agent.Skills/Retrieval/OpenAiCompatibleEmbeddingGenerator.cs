using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// An embedding generator for any OpenAI-compatible endpoint: <c>POST {endpoint}/embeddings</c> with
/// <c>{model, input: [...]}</c>, answered by <c>{data: [{index, embedding: [...]}], model, usage}</c>.
/// </summary>
public sealed class OpenAiCompatibleEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Provider name reported in the metadata.</summary>
    public const string ProviderName = "openai-compatible";

    private readonly HttpClient _http;
    private readonly OpenAiCompatibleEmbeddingOptions _options;
    private readonly Uri _embeddingsUri;

    /// <summary>Creates a generator that sends its requests with <paramref name="http"/>.</summary>
    public OpenAiCompatibleEmbeddingGenerator(HttpClient http, OpenAiCompatibleEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new ArgumentException("an embeddings endpoint is required", nameof(options));
        _http = http;
        _options = options;
        _embeddingsUri = new Uri(endpoint.ToString().TrimEnd('/') + "/embeddings");
        Metadata = new EmbeddingGeneratorMetadata(ProviderName, endpoint, options.Model, options.Dimensions);
    }

    /// <summary>Provider name, endpoint, model and dimensions.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = values.ToList();
        if (inputs.Count == 0)
        {
            return [];
        }

        var model = options?.ModelId ?? _options.Model;
        var body = new JsonObject { ["model"] = model, ["input"] = new JsonArray(inputs.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) };
        if (options?.Dimensions is int dimensions)
        {
            body["dimensions"] = dimensions;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, _embeddingsUri) { Content = JsonContent.Create(body) };
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"embeddings endpoint {_embeddingsUri} answered {(int)response.StatusCode}: {text}", inner: null, response.StatusCode);
        }

        return Parse(text, inputs.Count, model);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbeddingGeneratorServices.Resolve(this, Metadata, serviceType, serviceKey);

    /// <inheritdoc />
    public void Dispose()
    {
        // The HttpClient belongs to the caller.
    }

    private static GeneratedEmbeddings<Embedding<float>> Parse(string text, int expected, string model)
    {
        var data = JsonNode.Parse(text)?["data"] as JsonArray
            ?? throw new JsonException("embeddings response has no data array");
        var vectors = new float[expected][];
        for (var position = 0; position < data.Count; position++)
        {
            var item = data[position] as JsonObject ?? throw new JsonException("embeddings response item is not an object");
            var index = item["index"]?.GetValue<int>() ?? position;
            var embedding = item["embedding"] as JsonArray ?? throw new JsonException("embeddings response item has no embedding");
            vectors[index] = embedding.Select(x => x!.GetValue<float>()).ToArray();
        }

        if (vectors.Any(v => v is null))
        {
            throw new JsonException($"embeddings response has {data.Count} embeddings for {expected} inputs");
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(expected);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = model }));
        return result;
    }
}
