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

    /// <summary>
    /// Cosine similarity a value must reach to be read from words the catalog does not name ("lipstick" → Makeup);
    /// all-MiniLM-L6-v2 puts paraphrases of one product at 0.65–0.85 and related products at 0.4–0.6.
    /// </summary>
    public double MeaningSimilarity { get; set; } = 0.62;

    /// <summary>How far ahead of every other value that reading must be; closer ones are asked about.</summary>
    public double MeaningMargin { get; set; } = 0.15;
}
