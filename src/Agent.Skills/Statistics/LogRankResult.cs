namespace SegmentAI.Skills.Statistics;

/// <summary>The log-rank comparison of two or more survival curves.</summary>
/// <param name="Observed">Events observed in each group.</param>
/// <param name="Expected">Events each group would have had if every group shared one hazard.</param>
/// <param name="ChiSquare">The test statistic.</param>
/// <param name="DegreesOfFreedom">Groups minus one.</param>
/// <param name="PValue">The chance of a statistic this large if the curves were the same.</param>
internal sealed record LogRankResult(IReadOnlyList<int> Observed, IReadOnlyList<double> Expected, double ChiSquare, int DegreesOfFreedom, double PValue);
