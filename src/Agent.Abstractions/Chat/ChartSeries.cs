namespace SegmentAI.Skills.Chat;

/// <summary>One series of a chart: a value per category.</summary>
/// <param name="Name">The series' name, for the legend.</param>
/// <param name="Values">One value per category of the chart, in the same order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
