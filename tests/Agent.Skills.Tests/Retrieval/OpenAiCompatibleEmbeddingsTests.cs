using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>The OpenAI SDK's embedding client against a loopback endpoint speaking the OpenAI embeddings API.</summary>
public sealed class OpenAiCompatibleEmbeddingsTests
{
    [Fact]
    public async Task Posts_model_and_inputs_to_the_embeddings_path_with_the_key_and_reads_the_vectors()
    {
        using var server = new LoopbackServer(_ => (200, """
            {"object":"list","model":"nomic-embed","usage":{"prompt_tokens":4,"total_tokens":4},
             "data":[{"object":"embedding","index":0,"embedding":[1.0,0.0,0.0]},
                     {"object":"embedding","index":1,"embedding":[0.0,1.0,0.0]}]}
            """));
        var generator = OpenAiCompatibleEmbeddings.Create(new OpenAiCompatibleEmbeddingOptions { Endpoint = new Uri(server.Endpoint, "v1"), Model = "nomic-embed", ApiKey = "secret", Dimensions = 3 });

        var embeddings = await generator.GenerateAsync(["baby products", "dog food"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v1/embeddings"), (request.Method, request.Path));
        Assert.Equal("Bearer secret", request.Headers["Authorization"]);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("nomic-embed", body["model"]!.GetValue<string>());
        Assert.Equal(["baby products", "dog food"], body["input"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal([1f, 0f, 0f], embeddings[0].Vector.ToArray());
        Assert.Equal([0f, 1f, 0f], embeddings[1].Vector.ToArray());
        Assert.Equal(3, generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }

    [Theory]
    [InlineData(500, """{"error":{"message":"overloaded"}}""")]
    [InlineData(401, """{"error":{"message":"bad key"}}""")]
    [InlineData(200, """{"object":"list","data":"not a list"}""")]
    [InlineData(200, """{"object":"list","data":[{"object":"embedding","index":7,"embedding":"%%%"}]}""")]
    public async Task A_failing_or_garbled_endpoint_is_asked_once_and_retrieval_falls_back_to_lexical_matching(int status, string answer)
    {
        using var server = new LoopbackServer(_ => (status, answer));
        var embeddings = OpenAiCompatibleEmbeddings.Create(new OpenAiCompatibleEmbeddingOptions { Endpoint = new Uri(server.Endpoint, "v1") });
        var retriever = new FacetRetriever(embeddings, new InMemoryFacetVectorIndex(), new FacetRetrieverOptions { VectorBudget = TimeSpan.FromSeconds(30) });

        var facets = await retriever.RetrieveFacetsAsync(RetrievalSetup.Tenant("acme-retail"), "baby products");

        Assert.Single(server.Requests);
        Assert.Equal(RetrievalQuality.Medium, facets.Quality);
        Assert.StartsWith("vector search failed", facets.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("department_purchased", facets.Accepted?.FacetId);
    }
}
