using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Host.Telemetry;

/// <summary>
/// The OpenTelemetry SDK of the web host: the engine's "SegmentAI" spans and metrics plus ASP.NET Core and
/// HttpClient instrumentation, exported over OTLP when <c>Telemetry:Otlp:Endpoint</c> is set and to the console
/// when <c>Telemetry:Console</c> is true. With neither, nothing is registered, so the engine's instrumentation
/// finds no listener and costs nothing. The <c>chat</c> command never registers it: its output stays the chat.
/// </summary>
internal static class TelemetryServices
{
    public static IServiceCollection AddAgentTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Exports)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: typeof(TelemetryServices).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SegmentTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Otlp.Endpoint is { } endpoint)
                {
                    tracing.AddOtlpExporter(otlp => Configure(otlp, options.Otlp, endpoint, "v1/traces"));
                }

                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SegmentTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Otlp.Endpoint is { } endpoint)
                {
                    metrics.AddOtlpExporter((otlp, reader) =>
                    {
                        Configure(otlp, options.Otlp, endpoint, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.MetricInterval.TotalMilliseconds;
                    });
                }

                if (options.Console)
                {
                    metrics.AddConsoleExporter((_, reader) =>
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.MetricInterval.TotalMilliseconds);
                }
            });
        return services;
    }

    // Set in code, the endpoint is used as given; over HTTP each signal has its own path under it.
    private static void Configure(OtlpExporterOptions exporter, OtlpTelemetryOptions options, Uri endpoint, string signalPath)
    {
        exporter.Protocol = options.Protocol == OtlpTransport.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        exporter.Endpoint = options.Protocol == OtlpTransport.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
        if (!string.IsNullOrWhiteSpace(options.Headers))
        {
            exporter.Headers = options.Headers;
        }
    }
}
