namespace SegmentAI.Skills.Statistics;

/// <summary>A share of a group (users who dropped off out of a persona's users), with its Wilson score interval.</summary>
/// <param name="Successes">How many of the group have the property.</param>
/// <param name="Total">The group's size, the denominator.</param>
internal readonly record struct Proportion(int Successes, int Total)
{
    /// <summary>The normal quantile of a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The confidence of every interval SegmentAI shows, as a share.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>The share, 0 for an empty group.</summary>
    public double Rate => Total == 0 ? 0 : (double)Successes / Total;

    /// <summary>
    /// The Wilson score interval (Newcombe 1998, method 3): unlike the Wald interval it stays inside [0, 1] and keeps
    /// its coverage for small groups and shares near 0 or 1, which personas of a few dozen users have.
    /// </summary>
    public Interval Wilson(double z = Z95)
    {
        if (Total == 0)
        {
            return new Interval(0, 1);
        }

        var n = (double)Total;
        var p = Rate;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
