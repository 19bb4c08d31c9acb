namespace SegmentAI.Skills.Retrieval;

/// <summary>Settings of <see cref="FacetRetriever"/>.</summary>
public sealed class FacetRetrieverOptions
{
    /// <summary>Candidates below this confidence (0..1) are returned but marked not acceptable.</summary>
    public double AcceptanceThreshold { get; set; } = 0.6;

    /// <summary>Time allowed for embedding the phrase and searching the vector index before falling back.</summary>
    public TimeSpan VectorBudget { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Maximum facet candidates returned.</summary>
    public int MaxFacets { get; set; } = 5;

    /// <summary>Maximum values returned.</summary>
    public int MaxValues { get; set; } = 5;
}
