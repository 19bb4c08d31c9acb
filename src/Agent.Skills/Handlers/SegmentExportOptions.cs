namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>segment_export</c> skill's parameters.</summary>
internal sealed class SegmentExportOptions
{
    /// <summary>Whether sending a segment to a webhook destination needs the create permission, not only view.</summary>
    public bool DeliveryNeedsCreate { get; set; } = true;

    /// <summary>Destinations listed when the user names one that does not exist.</summary>
    public int MaxDestinationsListed { get; set; } = 5;
}
