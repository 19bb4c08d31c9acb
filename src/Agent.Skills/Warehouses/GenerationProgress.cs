namespace SegmentAI.Skills.Warehouses;

/// <summary>Progress of one generation stage.</summary>
/// <param name="Stage">Stage name, e.g. "customers".</param>
/// <param name="Done">Units completed in this stage.</param>
/// <param name="Total">Units in this stage.</param>
public sealed record GenerationProgress(string Stage, long Done, long Total);
