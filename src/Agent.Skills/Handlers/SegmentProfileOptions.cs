namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_profile</c> skill's parameters.</summary>
internal sealed class SegmentProfileOptions
{
    /// <summary>Facets one breakdown covers.</summary>
    public int MaxFacets { get; set; } = 2;

    /// <summary>Values listed per facet before the rest are summed as "other".</summary>
    public int MaxGroups { get; set; } = 10;

    /// <summary>Facet ids (comma-separated) described when the user names none, or <c>catalog</c> for the catalog's short lists.</summary>
    public string DefaultFacets { get; set; } = CatalogChoice;

    /// <summary>The <see cref="DefaultFacets"/> value that lets the catalog decide.</summary>
    public const string CatalogChoice = "catalog";
}
