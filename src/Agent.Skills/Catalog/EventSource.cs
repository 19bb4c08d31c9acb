namespace SegmentAI.Skills.Catalog;

/// <summary>An event table as facets see it: whose events, when, and what counts as one event.</summary>
/// <param name="Name">Name facets refer to.</param>
/// <param name="Table">Event table.</param>
/// <param name="EntityKey">Column holding the entity key.</param>
/// <param name="Timestamp">Column holding the event time.</param>
/// <param name="EventId">Column identifying one event (counted distinct); null counts rows.</param>
/// <param name="Join">Optional joined table.</param>
public sealed record EventSource(string Name, string Table, string EntityKey, string Timestamp, string? EventId, EventJoin? Join)
{
    /// <summary>Tables a facet of this source may name in its columns.</summary>
    public IEnumerable<string> Tables => Join is null ? [Table] : [Table, Join.Table];
}
