using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Tests.Telemetry;

/// <summary>Listens to the SegmentAI activity source and meter the way an OpenTelemetry SDK would, and keeps what it heard.</summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public TelemetryRecorder()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SegmentTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SegmentTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Spans => [.. _stopped];

    /// <summary>Measurements of <paramref name="instrument"/>; observable instruments are read first.</summary>
    public IReadOnlyList<Measurement> Measurements(string instrument)
    {
        _meters.RecordObservableInstruments();
        return _measurements.Where(m => m.Instrument == instrument).ToList();
    }

    /// <summary>The span and every span below it, by parent links.</summary>
    public IReadOnlyList<Activity> Below(Activity root)
    {
        var spans = Spans.Where(s => s.TraceId == root.TraceId).ToList();
        var found = new List<Activity>();
        var frontier = new Queue<ActivitySpanId>([root.SpanId]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in spans.Where(s => s.ParentSpanId == parent))
            {
                found.Add(child);
                frontier.Enqueue(child.SpanId);
            }
        }

        return found;
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public string? Tag(string key) => Tags.GetValueOrDefault(key)?.ToString();
    }
}
