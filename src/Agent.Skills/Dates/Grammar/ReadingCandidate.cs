namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>One reading of an ambiguous phrase.</summary>
internal sealed record ReadingCandidate(string Label, DateOnly Start, DateOnly End);
