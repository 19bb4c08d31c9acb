namespace SegmentAI.Skills.Segments;

/// <summary>Where a condition's facet and values came from.</summary>
public enum Grounding
{
    /// <summary>Facet and values were found in the tenant's catalog.</summary>
    Retrieved,

    /// <summary>The agent inferred the mapping (from memory, a default or context) rather than finding it.</summary>
    Inferred,
}
