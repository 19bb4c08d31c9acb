namespace SegmentAI.Host.Telemetry;

/// <summary>
/// Where the web host sends traces and metrics, bound from the <c>Telemetry</c> section. Nothing is exported (and the
/// engine's spans are never even created) until an OTLP endpoint is set or the console exporter is turned on.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "segmentai";

    /// <summary>OpenTelemetry collector to export to.</summary>
    public OtlpTelemetryOptions Otlp { get; set; } = new();

    /// <summary>
    /// True to also write spans and metrics to standard output. Off by default: it is for a developer watching a
    /// local <c>serve</c>, and would drown the log otherwise.
    /// </summary>
    public bool Console { get; set; }

    /// <summary>How often metrics are exported.</summary>
    public TimeSpan MetricInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>True when some exporter is configured.</summary>
    public bool Exports => Otlp.Endpoint is not null || Console;
}
