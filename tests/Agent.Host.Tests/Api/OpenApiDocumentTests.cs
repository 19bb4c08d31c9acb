using System.Net;
using System.Text.Json;

namespace SegmentAI.Host.Tests.Api;

public sealed class OpenApiDocumentTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    [Fact]
    public async Task The_document_lists_every_api_and_health_endpoint_of_the_app()
    {
        var document = await DocumentAsync();

        var routes = api.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && (path.StartsWith("/api/", StringComparison.Ordinal) || path is "/healthz" or "/readyz"))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!.TrimEnd('/'), Method: m.ToLowerInvariant())))
            .ToList();
        var paths = document.GetProperty("paths");

        Assert.Contains(routes, r => r.Path == "/api/segments/{id}/trace");
        Assert.All(routes, r => Assert.True(
            paths.TryGetProperty(r.Path, out var item) && item.TryGetProperty(r.Method, out _),
            $"{r.Method.ToUpperInvariant()} {r.Path} is not in the OpenAPI document"));
    }

    [Theory]
    [InlineData("/api/segments", "get", "ListSegments")]
    [InlineData("/api/segments", "post", "CreateSegment")]
    [InlineData("/api/segments/{id}", "get", "GetSegment")]
    [InlineData("/api/segments/{id}", "patch", "UpdateSegment")]
    [InlineData("/api/segments/{id}", "delete", "DeleteSegment")]
    [InlineData("/api/segments/{id}/explain", "get", "ExplainSegment")]
    [InlineData("/api/segments/{id}/members", "get", "ListSegmentMembers")]
    [InlineData("/api/segments/{id}/trace", "get", "TraceSegment")]
    public async Task Segment_operations_have_a_name_summary_identity_headers_and_their_problem_responses(string path, string method, string name)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(name, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        var headers = operation.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["X-SegmentAI-Tenant", "X-SegmentAI-User"], headers.Order());
        var responses = operation.GetProperty("responses");
        Assert.All(["401", "403", "503"], code => Assert.True(responses.TryGetProperty(code, out var problem)
            && problem.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name} does not document a {code} problem"));
    }

    [Fact]
    public async Task Create_documents_its_json_body_and_its_validation_and_conflict_answers()
    {
        var create = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/segments").GetProperty("post");

        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("409", out _));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var (status, document, _) = await api.Client.FetchAsync("/openapi/v1.json", user: null);
        Assert.Equal(HttpStatusCode.OK, status);
        return document;
    }
}
