namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>One phrase of a labelled retrieval set (Data/retrieval/*.yaml).</summary>
public sealed class LabelledPhrase
{
    public string Phrase { get; set; } = "";

    public string Facet { get; set; } = "";

    public string? Value { get; set; }

    public string? Trap { get; set; }

    public List<string> Accept { get; set; } = [];

    public bool IsRight(string? facetId) => facetId == Facet || (facetId is not null && Accept.Contains(facetId));
}
