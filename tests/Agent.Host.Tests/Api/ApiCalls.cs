using System.Net;
using System.Text;
using System.Text.Json;

namespace SegmentAI.Host.Tests.Api;

/// <summary>Requests as a given user of a given tenant, and the checks every problem response must pass.</summary>
internal static class ApiCalls
{
    public const string Acme = "acme-retail";
    public const string Marketer = "marco.marketer@acme";
    public const string Viewer = "hannah.viewer@acme";
    public const string Admin = "alice.admin@acme";

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        this HttpClient client, HttpMethod method, string path, string? user, string? body = null, string tenant = Acme)
    {
        using var request = new HttpRequestMessage(method, path);
        if (user is not null)
        {
            request.Headers.Add("X-SegmentAI-Tenant", tenant);
            request.Headers.Add("X-SegmentAI-User", user);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json, response);
    }

    public static Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> FetchAsync(this HttpClient client, string path, string? user = Marketer, string tenant = Acme) =>
        client.SendAsync(HttpMethod.Get, path, user, null, tenant);

    public static async Task<JsonElement> CreateAsync(this HttpClient client, string name, string definition, string user = Marketer)
    {
        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/api/segments", user, $$"""{"name": {{JsonSerializer.Serialize(name)}}, "definition": {{definition}}}""");
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        return body;
    }

    /// <summary>A condition in the definition schema.</summary>
    public static string Condition(string facet, string op, params string[] values) =>
        $$"""{"type": "condition", "source_text": "{{facet}}", "facet": "{{facet}}", "operator": "{{op}}", "values": {{JsonSerializer.Serialize(values)}}}""";

    public static string Definition(params string[] conditions) =>
        conditions.Length == 1
            ? $$"""{"root": {{conditions[0]}}}"""
            : $$$"""{"root": {"type": "and", "children": [{{{string.Join(", ", conditions)}}}]}}""";

    /// <summary>RFC 7807: the status, a title, a detail saying what to do, as application/problem+json.</summary>
    public static void AssertProblem(HttpStatusCode expected, string title, (HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response) reply)
    {
        Assert.Equal(expected, reply.Status);
        Assert.Equal("application/problem+json", reply.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, reply.Body.GetProperty("status").GetInt32());
        Assert.Equal(title, reply.Body.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reply.Body.GetProperty("detail").GetString()));
    }

    public static IReadOnlyList<string> ErrorPaths(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
