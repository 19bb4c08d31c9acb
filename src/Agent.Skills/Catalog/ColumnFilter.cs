namespace SegmentAI.Skills.Catalog;

/// <summary>A fixed equality filter a facet applies to its events, e.g. <c>email_events.event_type = open</c>.</summary>
/// <param name="Column">Filtered column.</param>
/// <param name="Values">Accepted values (any of them).</param>
public sealed record ColumnFilter(ColumnReference Column, IReadOnlyList<string> Values);
