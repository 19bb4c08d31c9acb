namespace SegmentAI.Skills.Handlers;

/// <summary>The <c>help</c> skill's parameters.</summary>
internal sealed class HelpOptions
{
    /// <summary>Example requests shown in an overview.</summary>
    public int MaxExamples { get; set; } = 3;

    /// <summary>Facets listed before offering to narrow by category.</summary>
    public int MaxFacetsListed { get; set; } = 25;
}
