namespace SegmentAI.Skills.Retrieval;

/// <summary>What an indexed record describes.</summary>
public enum FacetRecordKind
{
    /// <summary>A facet: its name, description, purpose and category.</summary>
    Facet,

    /// <summary>One valid value of a list facet.</summary>
    Value,
}
