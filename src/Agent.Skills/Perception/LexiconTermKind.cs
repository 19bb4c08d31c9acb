namespace SegmentAI.Skills.Perception;

/// <summary>Where a tenant term comes from.</summary>
public enum LexiconTermKind
{
    /// <summary>A facet's display name ("Loyalty Tier").</summary>
    FacetName,

    /// <summary>A synonym of a facet ("rewards tier").</summary>
    FacetSynonym,

    /// <summary>A word for the "no" side of a yes/no facet ("renters" for Home Owner).</summary>
    FacetAntonym,

    /// <summary>A list value as stored or its label ("platinum", "Platinum").</summary>
    Value,

    /// <summary>A synonym of a list value ("baby products" for Baby).</summary>
    ValueSynonym,

    /// <summary>A tenant vocabulary phrase with a fixed meaning ("big spenders").</summary>
    Vocabulary,
}
