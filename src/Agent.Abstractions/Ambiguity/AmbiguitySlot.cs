namespace SegmentAI.Skills.Ambiguity;

/// <summary>
/// What is unclear, identified so that two steps asking about the same thing share one answer: the kind of
/// ambiguity (e.g. <c>date_recency</c>, <c>high_value_threshold</c>, <c>facet_choice</c>) and its subject
/// (e.g. the phrase "recent", or the facet it concerns).
/// </summary>
/// <param name="Kind">Kind of ambiguity; also the key of learned user preferences.</param>
/// <param name="Subject">What it is about; empty when the kind alone identifies it.</param>
public sealed record AmbiguitySlot(string Kind, string Subject = "")
{
    /// <summary>"kind" or "kind:subject".</summary>
    public string Key => Subject.Length == 0 ? Kind : $"{Kind}:{Subject}";

    /// <inheritdoc />
    public override string ToString() => Key;
}
