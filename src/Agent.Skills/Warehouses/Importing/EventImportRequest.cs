using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>What to import: the event log to fill, the mapping that reads the file, and how the file is written.</summary>
public sealed record EventImportRequest
{
    /// <summary>The tenant's event log (<c>behaviour.events</c>): the table and the columns user, time, type and session go to.</summary>
    public required BehaviourEventLog Events { get; init; }

    /// <summary>The mapping from file fields to those columns.</summary>
    public required EventSourceMapping Source { get; init; }

    /// <summary>The file's format; <see cref="EventFileFormat.Auto"/> decides from <see cref="FileName"/> and the content.</summary>
    public EventFileFormat Format { get; init; } = EventFileFormat.Auto;

    /// <summary>The file's name, for format detection and the import record; null for an upload without one.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// The request for a tenant's event source: <paramref name="sourceName"/>, or the tenant's only source when null.
    /// Throws <see cref="EventImportException"/> when the tenant has no such source.
    /// </summary>
    public static EventImportRequest For(Tenant tenant, string? sourceName, EventFileFormat format = EventFileFormat.Auto, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var config = tenant.Config;
        if (config.Behaviour is not { } events || config.EventSources.Count == 0)
        {
            throw new EventImportException($"tenant {tenant.Id} declares no event_sources: in its tenant.yaml, so there is no mapping to read event files with");
        }

        EventSourceMapping source;
        if (sourceName is null)
        {
            source = config.EventSources.Count == 1
                ? config.EventSources[0]
                : throw new EventImportException($"tenant {tenant.Id} has several event sources; name one ({Names(config)})");
        }
        else
        {
            source = config.EventSources.FirstOrDefault(s => string.Equals(s.Name, sourceName, StringComparison.Ordinal))
                ?? throw new EventImportException($"tenant {tenant.Id} has no event source '{sourceName}' (it has {Names(config)})");
        }

        return new EventImportRequest { Events = events, Source = source, Format = format, FileName = fileName };
    }

    private static string Names(TenantConfig config) => string.Join(", ", config.EventSources.Select(s => s.Name));
}
