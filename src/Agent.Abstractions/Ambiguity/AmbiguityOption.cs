namespace SegmentAI.Skills.Ambiguity;

/// <summary>One way to resolve an ambiguity, as offered to the user.</summary>
/// <param name="Id">Stable id within the slot ("30d", "single_order_200").</param>
/// <param name="Label">How the option reads in the question ("the last 30 days").</param>
/// <param name="Value">What choosing it means, in the form the requesting step understands ("30", "single_order_total>200").</param>
public sealed record AmbiguityOption(string Id, string Label, string Value);
