using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Google.Protobuf;
using Grpc.Core;
using Qdrant.Client.Grpc;
using SegmentAI.Skills.Retrieval;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>
/// The Qdrant adapter over Qdrant.Client: requests checked against a scripted gRPC invoker, failures against a closed
/// port and a silent one. It is not verified against a live Qdrant server (none can be installed here).
/// </summary>
public sealed class QdrantFacetVectorIndexTests
{
    private static FacetVectorRecord Baby => new("acme-retail", FacetRecordKind.Value, "department_purchased", "Baby", "Baby, baby products", new float[] { 0.6f, 0.8f });

    private static IMessage Qdrant(string method, IMessage request) => method switch
    {
        "/qdrant.Collections/CollectionExists" => new CollectionExistsResponse { Result = new CollectionExists { Exists = false } },
        "/qdrant.Collections/Create" => new CollectionOperationResponse { Result = true },
        "/qdrant.Points/Upsert" => new PointsOperationResponse { Result = new UpdateResult { OperationId = 7, Status = UpdateStatus.Completed } },
        "/qdrant.Points/Query" when ((QueryPoints)request).CollectionName == "segmentai-facets-acme-retail" => new QueryResponse
        {
            Result = { Scored(0.91f, "Baby", "Baby, baby products"), Scored(0.42f, "Toys", "Toys, toy") },
        },
        _ => throw new RpcException(new Status(StatusCode.NotFound, $"Not found: Collection `{method}` doesn't exist!")),
    };

    [Fact]
    public async Task Upsert_creates_the_tenants_cosine_collection_and_puts_points_with_payload()
    {
        var qdrant = new ScriptedQdrantInvoker(Qdrant);
        using var index = new QdrantFacetVectorIndex(new QdrantGrpcClient(qdrant), new QdrantOptions { Endpoint = new Uri("http://qdrant:6334") });

        await index.UpsertAsync([Baby]);

        Assert.Equal(["/qdrant.Collections/CollectionExists", "/qdrant.Collections/Create", "/qdrant.Points/Upsert"], qdrant.Calls.Select(c => c.Method));
        var create = (CreateCollection)qdrant.Calls[1].Request;
        Assert.Equal(("segmentai-facets-acme-retail", 2ul, Distance.Cosine), (create.CollectionName, create.VectorsConfig.Params.Size, create.VectorsConfig.Params.Distance));
        var upsert = (UpsertPoints)qdrant.Calls[2].Request;
        Assert.True(upsert.Wait);
        var point = Assert.Single(upsert.Points);
        Assert.Equal(QdrantFacetVectorIndex.PointId(Baby).ToString(), point.Id.Uuid);
        Assert.Equal("value", point.Payload["kind"].StringValue);
        Assert.Equal("department_purchased", point.Payload["facet_id"].StringValue);
        Assert.Equal("Baby", point.Payload["value"].StringValue);

        await index.UpsertAsync([Baby]);
        Assert.Equal(4, qdrant.Calls.Count);
    }

    [Fact]
    public async Task Search_filters_by_tenant_kind_and_facet_and_reads_scored_payloads()
    {
        var qdrant = new ScriptedQdrantInvoker(Qdrant);
        using var index = new QdrantFacetVectorIndex(new QdrantGrpcClient(qdrant), new QdrantOptions { Endpoint = new Uri("http://qdrant:6334") });

        var hits = await index.SearchAsync(new FacetVectorQuery("acme-retail", new float[] { 0.6f, 0.8f }, FacetRecordKind.Value, "department_purchased", 2));

        var search = (QueryPoints)Assert.Single(qdrant.Calls).Request;
        Assert.Equal(2ul, search.Limit);
        Assert.True(search.WithPayload.Enable);
        Assert.Equal([0.6f, 0.8f], search.Query.Nearest.Dense.Data);
        Assert.Equal([("tenant", "acme-retail"), ("kind", "value"), ("facet_id", "department_purchased")],
            search.Filter.Must.Select(c => (c.Field.Key, c.Field.Match.Keyword)));
        Assert.Equal(["Baby", "Toys"], hits.Select(h => h.Value));
        Assert.Equal(0.91, hits[0].Score, 3);
        Assert.All(hits, h => Assert.Equal(FacetRecordKind.Value, h.Kind));
    }

    [Fact]
    public async Task A_missing_collection_searches_as_empty()
    {
        using var index = new QdrantFacetVectorIndex(new QdrantGrpcClient(new ScriptedQdrantInvoker(Qdrant)), new QdrantOptions { Endpoint = new Uri("http://qdrant:6334") });

        Assert.Empty(await index.SearchAsync(new FacetVectorQuery("dealflow", new float[] { 1, 0 }, FacetRecordKind.Facet)));
    }

    [Fact]
    public async Task A_rejected_request_fails_with_qdrants_error_message()
    {
        var qdrant = new ScriptedQdrantInvoker((_, _) => throw new RpcException(new Status(StatusCode.InvalidArgument, "Wrong input: Vector dimension error: expected dim: 512, got 2")));
        using var index = new QdrantFacetVectorIndex(new QdrantGrpcClient(qdrant), new QdrantOptions { Endpoint = new Uri("http://qdrant:6334") });

        var error = await Assert.ThrowsAsync<VectorIndexException>(() => index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet)));

        Assert.Contains("expected dim: 512", error.Message, StringComparison.Ordinal);
        Assert.IsType<RpcException>(error.InnerException);
    }

    [Fact]
    public async Task A_closed_port_fails_fast_as_unreachable()
    {
        using var index = new QdrantFacetVectorIndex(new QdrantOptions { Endpoint = new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}") });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<VectorIndexException>(() => index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet)));

        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unavailable, Assert.IsType<RpcException>(error.InnerException).StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_as_timed_out_within_the_request_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var index = new QdrantFacetVectorIndex(new QdrantOptions
        {
            Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"),
            RequestTimeout = TimeSpan.FromMilliseconds(300),
        });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<VectorIndexException>(() => index.SearchAsync(new FacetVectorQuery("t", new float[] { 1, 0 }, FacetRecordKind.Facet)));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static ScoredPoint Scored(float score, string value, string text) => new()
    {
        Id = new PointId { Uuid = Guid.NewGuid().ToString() },
        Score = score,
        Payload =
        {
            ["tenant"] = "acme-retail",
            ["kind"] = "value",
            ["facet_id"] = "department_purchased",
            ["value"] = value,
            ["text"] = text,
        },
    };
}
