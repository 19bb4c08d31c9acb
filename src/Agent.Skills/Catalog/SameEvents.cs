using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Catalog;

/// <summary>
/// Which event sources hold the same events, so a condition and its same-event filters can be read from one row:
/// sources may differ only by a join (SSO events with or without their app).
/// </summary>
internal static class SameEvents
{
    /// <summary>Same table, entity key, timestamp and event id, and no two different joins.</summary>
    public static bool Share(EventSource a, EventSource b) =>
        a.Table == b.Table && a.EntityKey == b.EntityKey && a.Timestamp == b.Timestamp && a.EventId == b.EventId
        && (a.Join is null || b.Join is null || a.Join == b.Join);

    /// <summary>
    /// True when both sources identify events the same way (one customer, time and event id), as order lines carry
    /// their order's id: an event of either is an event of the other.
    /// </summary>
    public static bool SameIdentity(EventSource a, EventSource b) =>
        a.EventId is not null && a.EventId == b.EventId && a.EntityKey == b.EntityKey && a.Timestamp == b.Timestamp;

    /// <summary>
    /// The source every one of <paramref name="others"/> can be read from together with <paramref name="source"/>:
    /// the joined one when any of them needs the join, or null when they do not share their events.
    /// </summary>
    public static EventSource? Combined(EventSource source, IEnumerable<EventSource> others)
    {
        var combined = source;
        foreach (var other in others)
        {
            if (!Share(combined, other))
            {
                return null;
            }

            if (combined.Join is null && other.Join is not null)
            {
                combined = other;
            }
        }

        return combined;
    }

    /// <summary>
    /// True when <paramref name="counting"/> already reads only events with <paramref name="values"/> of
    /// <paramref name="named"/> ("logged in" beside Logins, which counts only logins), so naming them adds nothing.
    /// </summary>
    public static bool Implies(Facet counting, Facet named, IReadOnlyList<string> values) =>
        named.Sql.Match is { } column
        && counting.Sql.Filters.Any(f => f.Column == column && f.Values.All(v => values.Contains(v, StringComparer.OrdinalIgnoreCase)));

    /// <summary>
    /// The yes/no event facet that reads exactly the events with <paramref name="value"/> of <paramref name="list"/>
    /// (Sent a Message for Activity Type = message), or null when the catalog has none.
    /// </summary>
    public static Facet? FlagFor(FacetCatalog catalog, Facet list, string value) =>
        list.Sql.Match is { } column && list.Sql.Source is { } source
            ? catalog.Facets.FirstOrDefault(f => f.Type == FacetType.Boolean && f.Kind == FacetKind.Event
                && f.Sql.Source is { } own && Share(own, source)
                && f.Sql.Filters.Count == 1 && f.Sql.Filters[0].Column == column && f.Sql.Filters[0].Values.Count == 1
                && string.Equals(f.Sql.Filters[0].Values[0], value, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>
    /// The number facet that counts exactly the events <paramref name="flag"/> asks about (Drop-off Count for Dropped
    /// Off), or null when the catalog has none: "two or more drop-offs" is a count, not a yes/no.
    /// </summary>
    public static Facet? CountFor(FacetCatalog catalog, Facet flag) =>
        flag is { Type: FacetType.Boolean, Kind: FacetKind.Event, Sql.Source: { } source }
            ? catalog.Facets.FirstOrDefault(f => f.Type == FacetType.Number && f.Kind == FacetKind.Event && f.Sql.Aggregate == AggregateFunction.Count
                && f.Sql.Source is { } own && Share(own, source) && f.Sql.Filters.Count == flag.Sql.Filters.Count
                && f.Sql.Filters.All(x => flag.Sql.Filters.Any(y => y.Column == x.Column && y.Values.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(x.Values.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase))))
            : null;

    /// <summary>The per-event column a number or money facet compares when it filters one event: its measure, else its amount.</summary>
    public static ColumnReference? RowColumn(Facet facet) => facet.Sql.Measure ?? facet.Sql.Amount;
}
