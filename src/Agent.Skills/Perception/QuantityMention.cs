using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Perception;

/// <summary>A number or an amount of money in a message, with the comparison written in front of it.</summary>
/// <param name="Start">Index of the first character (of the comparison, when there is one).</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The words as written ("over $200", "between 3 and 5").</param>
/// <param name="Value">The number ("1.5k" is 1500, "three" is 3).</param>
/// <param name="Comparison">gt, gte, lt, lte, eq or between, when the words say so; otherwise null.</param>
/// <param name="UpperValue">The upper bound of "between X and Y"; otherwise null.</param>
public sealed record QuantityMention(int Start, int Length, string Text, decimal Value, ConditionOperator? Comparison, decimal? UpperValue)
{
    /// <summary>Index just after the mention.</summary>
    public int End => Start + Length;
}
