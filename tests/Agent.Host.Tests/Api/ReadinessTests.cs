using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Skills.Library;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Api;

public sealed class ReadinessTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    [Fact]
    public async Task Ready_when_both_stores_answer_and_tenants_are_loaded()
    {
        var (status, body, _) = await api.Client.FetchAsync("/readyz", user: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal(["long_term_store", "short_term_store", "tenants"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("healthy", c.Value.GetProperty("status").GetString()));
        Assert.Contains("SqlSegmentLibrary", checks.GetProperty("long_term_store").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("acme-retail", checks.GetProperty("tenants").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_ready_503_names_the_short_term_store_when_redis_is_unreachable()
    {
        await using var host = await RestApiHost.StartAsync(api.Root, new Dictionary<string, string>
        {
            ["Memory:ShortTerm"] = "Server",
            ["Memory:Redis"] = $"127.0.0.1:{ClosedPort()},connectTimeout=500",
            ["Memory:OperationTimeout"] = "00:00:01",
        });

        var reply = await host.Client.FetchAsync("/readyz", user: null);

        AssertProblem(HttpStatusCode.ServiceUnavailable, "Not ready", reply);
        Assert.Equal(["short_term_store"], reply.Body.GetProperty("down").EnumerateArray().Select(d => d.GetString()));
        Assert.StartsWith("Not ready: short_term_store is down.", reply.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("healthy", reply.Body.GetProperty("checks").GetProperty("long_term_store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Not_ready_503_names_the_long_term_store_when_postgres_is_unreachable_and_the_api_answers_503_too()
    {
        await using var database = new PostgresLongTermDatabase($"Host=127.0.0.1;Port={ClosedPort()};Username=segmentai;Password=segmentai;Database=segmentai;Timeout=2");
        await using var host = await RestApiHost.StartAsync(api.Root, configureServices: services =>
        {
            services.RemoveAll<ISegmentLibrary>();
            services.AddSingleton<ISegmentLibrary>(new SqlSegmentLibrary(database));
        });

        var ready = await host.Client.FetchAsync("/readyz", user: null);
        var list = await host.Client.FetchAsync("/api/segments");

        AssertProblem(HttpStatusCode.ServiceUnavailable, "Not ready", ready);
        Assert.Equal(["long_term_store"], ready.Body.GetProperty("down").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("refused the connection", ready.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(HttpStatusCode.ServiceUnavailable, "Memory unavailable", list);
        Assert.Contains("long-term", list.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
