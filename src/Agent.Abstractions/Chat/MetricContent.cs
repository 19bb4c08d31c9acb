namespace SegmentAI.Skills.Chat;

/// <summary>One computed number with its label.</summary>
/// <param name="Label">What is measured.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit, if any.</param>
public sealed record MetricContent(string Label, double Value, string? Unit = null) : ReplyContent;
