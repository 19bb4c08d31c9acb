namespace SegmentAI.Host.Telemetry;

/// <summary>How OTLP data travels to the collector.</summary>
public enum OtlpTransport
{
    /// <summary>gRPC, usually port 4317.</summary>
    Grpc,

    /// <summary>Protobuf over HTTP/1.1, usually port 4318.</summary>
    HttpProtobuf,
}
