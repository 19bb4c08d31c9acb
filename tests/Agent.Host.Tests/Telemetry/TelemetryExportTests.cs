using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SegmentAI.Host.Tests.Api;

namespace SegmentAI.Host.Tests.Telemetry;

public sealed class TelemetryExportTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    [Fact]
    public async Task With_an_otlp_endpoint_turn_spans_and_metrics_reach_the_collector()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var host = await RestApiHost.StartAsync(api.Root, new Dictionary<string, string>
        {
            ["Telemetry:Otlp:Endpoint"] = collector.Endpoint.ToString(),
            ["Telemetry:Otlp:Protocol"] = "HttpProtobuf",
            ["Telemetry:ServiceName"] = "segmentai-export-test",
        });

        using var response = await host.Client.PostAsJsonAsync("/api/chat", new { tenant = ApiCalls.Acme, user = ApiCalls.Marketer, session = "otlp-export", text = "gold members in Texas" });
        response.EnsureSuccessStatusCode();
        Assert.True(host.App.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(host.App.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.True(collector.Saw("traces", "segmentai.turn"), "no turn span was exported");
        Assert.True(collector.Saw("traces", "segmentai-export-test"), "spans were exported without the service name");
        Assert.True(collector.Saw("traces", "/api/chat"), "the ASP.NET Core request span was not exported");
        Assert.True(collector.Saw("metrics", "segmentai.turn.duration"), "the turn latency histogram was not exported");
        Assert.False(collector.Saw("traces", ApiCalls.Marketer), "a raw user id left the host");
    }

    [Fact]
    public async Task Without_an_exporter_no_telemetry_pipeline_is_registered()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);

        Assert.Null(host.App.Services.GetService<TracerProvider>());
        Assert.Null(host.App.Services.GetService<MeterProvider>());
    }
}
