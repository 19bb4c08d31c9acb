namespace SegmentAI.Host.Telemetry;

/// <summary>The OTLP exporter's settings, <c>Telemetry:Otlp</c>.</summary>
public sealed class OtlpTelemetryOptions
{
    /// <summary>
    /// Collector address, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318</c>
    /// (HTTP); unset means no OTLP export. With HTTP, <c>v1/traces</c> and <c>v1/metrics</c> are appended.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary><see cref="OtlpTransport.Grpc"/> (default) or <see cref="OtlpTransport.HttpProtobuf"/>.</summary>
    public OtlpTransport Protocol { get; set; } = OtlpTransport.Grpc;

    /// <summary>Extra request headers (e.g. an API key of a hosted collector), as <c>name=value,name2=value2</c>.</summary>
    public string? Headers { get; set; }
}
