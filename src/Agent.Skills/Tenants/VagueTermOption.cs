using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tenants;

/// <summary>One meaning a vague term can have: a condition, a lookback window, or a frequency to apply.</summary>
/// <param name="Id">Stable id ("single_order_200"); the key stored as a user's preference.</param>
/// <param name="Label">How it reads in the question ("more than $200 in a single transaction").</param>
/// <param name="Condition">The condition it stands for, if it is one.</param>
/// <param name="WindowDays">The lookback it means, if it is a time period ("recent" → 30 days).</param>
/// <param name="Frequency">The frequency it means, if it is one ("frequent" → at least once a week).</param>
public sealed record VagueTermOption(string Id, string Label, SegmentCondition? Condition, int? WindowDays, Frequency? Frequency)
{
    /// <summary>The option as the ambiguity resolver offers, answers and remembers it (its id is its value).</summary>
    public Ambiguity.AmbiguityOption ToOption() => new(Id, Label, Id);
}
