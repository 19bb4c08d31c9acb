using System.Diagnostics;
using System.Text.Json.Nodes;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

public sealed class QdrantFacetVectorIndexTests
{
    private const string Ok = """{"result":true,"status":"ok","time":0.001}""";

    private static FacetVectorRecord Baby => new("acme-retail", FacetRecordKind.Value, "department_purchased", "Baby", "Baby, baby products", new float[] { 0.6f, 0.8f });

    private static (int, string) Qdrant(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/collections/segmentai-facets-acme-retail/exists") => (200, """{"result":{"exists":false},"status":"ok","time":0.0001}"""),
        ("PUT", "/collections/segmentai-facets-acme-retail") => (200, Ok),
        ("PUT", "/collections/segmentai-facets-acme-retail/points?wait=true") => (200, """{"result":{"operation_id":7,"status":"completed"},"status":"ok","time":0.002}"""),
        ("POST", "/collections/segmentai-facets-acme-retail/points/search") => (200, """
            {"result":[
              {"id":"5c56c793-69f3-4fbf-87e6-c4bf54c28c26","version":3,"score":0.91,
               "payload":{"tenant":"acme-retail","kind":"value","facet_id":"department_purchased","value":"Baby","text":"Baby, baby products"}},
              {"id":"6b1f1ce9-0a8e-4a57-9f38-0b0e9a1b3f11","version":3,"score":0.42,
               "payload":{"tenant":"acme-retail","kind":"value","facet_id":"department_purchased","value":"Toys","text":"Toys, toy"}}],
             "status":"ok","time":0.0007}
            """),
        _ => (404, """{"status":{"error":"Not found: Collection `x` doesn't exist!"},"time":0.0}"""),
    };

    [Fact]
    public async Task Upsert_creates_the_tenants_cosine_collection_and_puts_points_with_payload()
    {
        using var server = new LoopbackServer(Qdrant);
        using var http = new HttpClient();
        var index = new QdrantFacetVectorIndex(http, new QdrantOptions { Endpoint = server.Endpoint, ApiKey = "k" });

        await index.UpsertAsync([Baby]);

        Assert.Equal(["GET", "PUT", "PUT"], server.Requests.Select(r => r.Method));
        Assert.All(server.Requests, r => Assert.Equal("k", r.Headers["api-key"]));
        var create = JsonNode.Parse(server.Requests[1].Body)!;
        Assert.Equal(2, create["vectors"]!["size"]!.GetValue<int>());
        Assert.Equal("Cosine", create["vectors"]!["distance"]!.GetValue<string>());
        var point = JsonNode.Parse(server.Requests[2].Body)!["points"]!.AsArray().Single()!;
        Assert.Equal(QdrantFacetVectorIndex.PointId(Baby).ToString(), point["id"]!.GetValue<string>());
        Assert.Equal([0.6f, 0.8f], point["vector"]!.AsArray().Select(x => x!.GetValue<float>()));
        Assert.Equal("value", point["payload"]!["kind"]!.GetValue<string>());
        Assert.Equal("department_purchased", point["payload"]!["facet_id"]!.GetValue<string>());
        Assert.Equal("Baby", point["payload"]!["value"]!.GetValue<string>());

        await index.UpsertAsync([Baby]);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Search_filters_by_tenant_kind_and_facet_and_reads_scored_payloads()
    {
        using var server = new LoopbackServer(Qdrant);
        using var http = new HttpClient();
        var index = new QdrantFacetVectorIndex(http, new QdrantOptions { Endpoint = server.Endpoint });

        var hits = await index.SearchAsync(new FacetVectorQuery("acme-retail", new float[] { 0.6f, 0.8f }, FacetRecordKind.Value, "department_purchased", 2));

        var body = JsonNode.Parse(Assert.Single(server.Requests).Body)!;
        Assert.Equal(2, body["limit"]!.GetValue<int>());
        Assert.True(body["with_payload"]!.GetValue<bool>());
        var must = body["filter"]!["must"]!.AsArray().Select(c => (c!["key"]!.GetValue<string>(), c["match"]!["value"]!.GetValue<string>()));
        Assert.Equal([("tenant", "acme-retail"), ("kind", "value"), ("facet_id", "department_purchased")], must);
        Assert.Equal(["Baby", "Toys"], hits.Select(h => h.Value));
        Assert.Equal(0.91, hits[0].Score, 3);
        Assert.All(hits, h => Assert.Equal(FacetRecordKind.Value, h.Kind));
    }

    [Fact]
    public async Task A_missing_collection_searches_as_empty()
    {
        using var server = new LoopbackServer(Qdrant);
        using var http = new HttpClient();
        var index = new QdrantFacetVectorIndex(http, new QdrantOptions { Endpoint = server.Endpoint });

        Assert.Empty(await index.SearchAsync(new FacetVectorQuery("dealflow", new float[] { 1, 0 }, FacetRecordKind.Facet)));
    }

    [Fact]
    public async Task A_rejected_request_fails_with_qdrants_error_message()
    {
        using var server = new LoopbackServer(_ => (400, """{"status":{"error":"Wrong input: Vector dimension error: expected dim: 512, got 2"},"time":0.0}"""));
        using var http = new HttpClient();
        var index = new QdrantFacetVectorIndex(http, new QdrantOptions { Endpoint = server.Endpoint });

        var error = await Assert.ThrowsAsync<VectorIndexException>(() => index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet)));

        Assert.Contains("expected dim: 512", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_fails_fast_as_unreachable()
    {
        using var http = new HttpClient();
        var index = new QdrantFacetVectorIndex(http, new QdrantOptions { Endpoint = new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/") });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<VectorIndexException>(() => index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet)));

        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_slower_than_the_request_timeout_fails_as_timed_out()
    {
        using var server = new LoopbackServer(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return (200, Ok);
        });
        using var http = new HttpClient();
        var index = new QdrantFacetVectorIndex(http, new QdrantOptions { Endpoint = server.Endpoint, RequestTimeout = TimeSpan.FromMilliseconds(200) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<VectorIndexException>(() => index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet)));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }
}
