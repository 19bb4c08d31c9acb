using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class OpenAiCompatibleEmbeddingGeneratorTests
{
    [Fact]
    public async Task Posts_model_and_inputs_to_the_embeddings_path_and_reads_vectors_by_index()
    {
        using var server = new LoopbackServer(_ => (200, """
            {"object":"list","model":"nomic-embed","usage":{"prompt_tokens":4,"total_tokens":4},
             "data":[{"object":"embedding","index":1,"embedding":[0.0,1.0,0.0]},
                     {"object":"embedding","index":0,"embedding":[1.0,0.0,0.0]}]}
            """));
        using var http = new HttpClient();
        var generator = new OpenAiCompatibleEmbeddingGenerator(http, new OpenAiCompatibleEmbeddingOptions { Endpoint = new Uri(server.Endpoint, "v1"), Model = "nomic-embed", ApiKey = "secret", Dimensions = 3 });

        var embeddings = await generator.GenerateAsync(["baby products", "dog food"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("Bearer secret", request.Headers["Authorization"]);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("nomic-embed", body["model"]!.GetValue<string>());
        Assert.Equal(["baby products", "dog food"], body["input"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal([1f, 0f, 0f], embeddings[0].Vector.ToArray());
        Assert.Equal([0f, 1f, 0f], embeddings[1].Vector.ToArray());
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>()!;
        Assert.Equal(OpenAiCompatibleEmbeddingGenerator.ProviderName, metadata.ProviderName);
        Assert.Equal(3, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task An_error_status_fails_with_the_endpoints_answer()
    {
        using var server = new LoopbackServer(_ => (401, """{"error":{"message":"bad key"}}"""));
        using var http = new HttpClient();
        var generator = new OpenAiCompatibleEmbeddingGenerator(http, new OpenAiCompatibleEmbeddingOptions { Endpoint = server.Endpoint });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => generator.GenerateAsync(["x"]));

        Assert.Contains("bad key", error.Message, StringComparison.Ordinal);
    }
}
