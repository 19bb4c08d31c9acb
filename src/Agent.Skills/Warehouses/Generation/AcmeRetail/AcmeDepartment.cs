namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>A department of the Acme assortment and the categories sold in it.</summary>
/// <param name="Name">Department name exactly as stored in order_items.department and web_events.department.</param>
/// <param name="Categories">Category names exactly as stored in order_items.category.</param>
internal sealed record AcmeDepartment(string Name, IReadOnlyList<string> Categories);
