namespace SegmentAI.Skills.Warehouses;

/// <summary>The warehouse a turn reads (or why there is none) and the date its questions are answered as of.</summary>
/// <param name="Warehouse">The tenant's warehouse; null when it cannot be opened.</param>
/// <param name="Problem">Why it cannot be opened, in words a user can act on.</param>
/// <param name="AsOf">The date "today" means: the request's, else the warehouse's own, else the clock's.</param>
internal sealed record WarehouseView(Warehouse? Warehouse, string? Problem, DateOnly AsOf);
