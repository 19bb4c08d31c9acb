namespace SegmentAI.Skills.Chat;

/// <summary>One series of a chart: a value per category, optionally with an interval around each value or its own x positions.</summary>
/// <param name="Name">The series' name, for the legend.</param>
/// <param name="Values">One value per category of the chart, in the same order (the y positions of a scatter's points).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values)
{
    /// <summary>The lower end of each value's interval (a confidence interval or band), in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<double>? Low { get; init; }

    /// <summary>The upper end of each value's interval, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<double>? High { get; init; }

    /// <summary>
    /// Each point's x position when the x axis is a number rather than a category (a scatter on two measured axes);
    /// the chart's categories are then empty.
    /// </summary>
    public IReadOnlyList<double>? X { get; init; }
}
