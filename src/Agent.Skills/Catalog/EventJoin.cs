namespace SegmentAI.Skills.Catalog;

/// <summary>A table joined to an event table, e.g. order lines joined to their order.</summary>
/// <param name="Table">Joined table.</param>
/// <param name="Column">Column of the joined table.</param>
/// <param name="SourceColumn">Column of the event table it equals.</param>
public sealed record EventJoin(string Table, string Column, string SourceColumn);
