namespace SegmentAI.Skills.Retrieval;

/// <summary>Words in a phrase that say which kind of facet is meant, independent of the topic.</summary>
/// <param name="Predictive">"likely to", "propensity", "interested in", "affinity": a model score, not behaviour.</param>
/// <param name="Purchase">"bought", "buyers", "purchased", "spent": an actual purchase event.</param>
/// <param name="Quantity">A number or comparison: a number or money facet rather than a yes/no one.</param>
internal sealed record PhraseCues(bool Predictive, bool Purchase, bool Quantity)
{
    private static readonly HashSet<string> PredictiveStems = new(StringComparer.Ordinal)
    {
        "likely", "likelihood", "propensity", "predict", "predicted", "affinity", "interest", "probability", "potential", "inclined", "prone",
    };

    private static readonly HashSet<string> PurchaseStems = new(StringComparer.Ordinal)
    {
        "buy", "purchas", "spend", "shop", "order",
    };

    public static PhraseCues Read(string phrase, IReadOnlyList<string> tokens) =>
        new(tokens.Any(PredictiveStems.Contains), tokens.Any(PurchaseStems.Contains), RetrievalText.HasQuantity(phrase));
}
