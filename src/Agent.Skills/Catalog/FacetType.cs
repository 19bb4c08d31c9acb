namespace SegmentAI.Skills.Catalog;

/// <summary>The kind of values a facet takes.</summary>
public enum FacetType
{
    /// <summary>One of a fixed list of values (department, loyalty tier).</summary>
    List,

    /// <summary>A plain number (household size, score, count of events).</summary>
    Number,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>Yes or no.</summary>
    Boolean,
}
