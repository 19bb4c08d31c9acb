namespace SegmentAI.Skills.Tenants;

/// <summary>One further field of an event export and the column of the event table it fills.</summary>
/// <param name="Field">The CSV column or JSON field.</param>
/// <param name="Column">The event table's column.</param>
public sealed record EventSourceProperty(string Field, string Column);
