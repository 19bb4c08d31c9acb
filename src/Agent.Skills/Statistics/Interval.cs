namespace SegmentAI.Skills.Statistics;

/// <summary>A two-sided confidence interval.</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
internal readonly record struct Interval(double Low, double High);
