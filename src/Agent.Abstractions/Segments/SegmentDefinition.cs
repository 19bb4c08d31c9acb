namespace SegmentAI.Skills.Segments;

/// <summary>
/// A customer segment as a boolean tree of grounded conditions. Its JSON form is published as
/// <c>schemas/segment-definition.schema.json</c>.
/// </summary>
public sealed record SegmentDefinition
{
    /// <summary>Version of this JSON shape.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Human name of the segment.</summary>
    public string? Name { get; init; }

    /// <summary>Tenant the segment belongs to, when stated in the file.</summary>
    public string? Tenant { get; init; }

    /// <summary>Date the windows were resolved against; defaults for missing windows end just before it.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The boolean tree.</summary>
    public required SegmentNode Root { get; init; }

    /// <summary>Every condition, left to right.</summary>
    public IReadOnlyList<SegmentCondition> Conditions() => Root.Conditions().ToList();
}
