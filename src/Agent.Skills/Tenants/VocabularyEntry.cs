using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tenants;

/// <summary>A tenant phrase with a fixed meaning, e.g. "big spenders" → single order total &gt; 500.</summary>
/// <param name="Phrase">The phrase as people say it.</param>
/// <param name="Condition">The condition it stands for (its source text is the phrase; no window).</param>
/// <param name="WindowDays">Lookback the phrase implies, if any.</param>
/// <param name="Description">Why the tenant defines it this way.</param>
public sealed record VocabularyEntry(string Phrase, SegmentCondition Condition, int? WindowDays, string? Description)
{
    /// <summary>1-based line of the entry's condition in tenant.yaml, or 0 when it was not read from a file.</summary>
    public int Line { get; init; }
}
