namespace SegmentAI.Skills.Tenants;

/// <summary>
/// How one kind of event export (<c>event_sources:</c> in tenant.yaml) maps onto the tenant's event table: which CSV
/// column or JSON field holds the user id, the timestamp, the event type, the session id and any further properties.
/// The user, timestamp, type and session values go to the columns <c>behaviour.events</c> names; each property names its
/// own column of that table.
/// </summary>
public sealed record EventSourceMapping
{
    /// <summary>The share of bad rows a file may have and still be imported when tenant.yaml does not say (1 %).</summary>
    public const double DefaultMaxBadRowShare = 0.01;

    /// <summary>The source's name (its key under <c>event_sources:</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The file field holding who did it.</summary>
    public required string UserField { get; init; }

    /// <summary>The file field holding when.</summary>
    public required string TimestampField { get; init; }

    /// <summary>The file field holding what.</summary>
    public required string TypeField { get; init; }

    /// <summary>The file field holding the session id; null when the files have none.</summary>
    public string? SessionField { get; init; }

    /// <summary>Further file fields copied into columns of the event table, in the order tenant.yaml lists them.</summary>
    public IReadOnlyList<EventSourceProperty> Properties { get; init; } = [];

    /// <summary>A file whose share of bad rows is above this is rejected whole, and nothing of it is written.</summary>
    public double MaxBadRowShare { get; init; } = DefaultMaxBadRowShare;
}
