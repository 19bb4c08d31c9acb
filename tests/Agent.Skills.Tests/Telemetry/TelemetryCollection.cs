namespace SegmentAI.Skills.Tests.Telemetry;

/// <summary>
/// Listeners see every span and measurement of the process, so these tests run alone: what they collect is what
/// their own turns produced.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
