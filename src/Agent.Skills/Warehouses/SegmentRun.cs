using SegmentAI.Skills.Sql;

namespace SegmentAI.Skills.Warehouses;

/// <summary>A segment compiled for its tenant's warehouse as of a date, ready to count, page or export.</summary>
/// <param name="Compiled">The compiled SQL, logic and description.</param>
/// <param name="Warehouse">The warehouse it runs on.</param>
/// <param name="AsOf">The date relative windows were resolved against.</param>
public sealed record SegmentRun(CompiledSegment Compiled, Warehouse Warehouse, DateOnly AsOf);
