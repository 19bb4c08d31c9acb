namespace SegmentAI.Skills.Catalog;

/// <summary>Whether a facet is stored on the entity or aggregated from an event table.</summary>
public enum FacetKind
{
    /// <summary>A column of the entity table.</summary>
    Attribute,

    /// <summary>Events of an event source, filtered by a time window and aggregated per entity.</summary>
    Event,
}
