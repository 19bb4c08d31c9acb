namespace SegmentAI.Skills.Dates;

/// <summary>One possible reading of an ambiguous date phrase.</summary>
/// <param name="Label">Plain-English description to offer the user, e.g. "last 30 days".</param>
/// <param name="Window">The window this reading gives.</param>
public sealed record DateWindowCandidate(string Label, DateWindow Window);
