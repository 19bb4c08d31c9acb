namespace SegmentAI.Skills.Retrieval;

/// <summary>Where a catalog term a phrase matched comes from; the sources differ in how much a hit proves.</summary>
internal enum TermSource
{
    /// <summary>The facet's name or id.</summary>
    Name,

    /// <summary>One of the facet's synonyms.</summary>
    Synonym,

    /// <summary>A phrase the description lists after "Marketers say", or an example the purpose quotes.</summary>
    Description,

    /// <summary>A value of the facet, its label or one of its synonyms.</summary>
    Value,
}
