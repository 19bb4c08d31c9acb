namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_management</c> skill's parameters.</summary>
internal sealed class SegmentManagementOptions
{
    /// <summary>Ask before deleting.</summary>
    public bool RequireDeleteConfirmation { get; set; } = true;

    /// <summary>Segments shown per list.</summary>
    public int ListPageSize { get; set; } = 20;

    /// <summary>Candidates offered when a name is ambiguous.</summary>
    public int MaxOptions { get; set; } = 4;

    /// <summary>Fuzzy score needed to accept a segment name with a typo.</summary>
    public double NameMatchThreshold { get; set; } = 0.8;
}
