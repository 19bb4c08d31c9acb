namespace SegmentAI.Skills.Analysis;

/// <summary>How two segments overlap, and how much more likely membership of one makes the other.</summary>
/// <param name="BaseSize">Members of the base segment ("baby buyers").</param>
/// <param name="TargetSize">Members of the target segment ("toy buyers").</param>
/// <param name="Both">Members of both.</param>
/// <param name="Population">All entities.</param>
internal sealed record OverlapResult(long BaseSize, long TargetSize, long Both, long Population)
{
    /// <summary>Share of the base segment that is also in the target: P(target | base).</summary>
    public double TargetShareWithinBase => BaseSize == 0 ? 0 : (double)Both / BaseSize;

    /// <summary>Share of everyone that is in the target: P(target).</summary>
    public double TargetShareOverall => Population == 0 ? 0 : (double)TargetSize / Population;

    /// <summary>P(target | base) / P(target); 1 means no association.</summary>
    public double Lift => TargetShareOverall == 0 ? 0 : TargetShareWithinBase / TargetShareOverall;

    /// <summary>
    /// Plain-English strength of the association. A lift is meaningful from <paramref name="minLift"/> up (or from
    /// 1 / <paramref name="minLift"/> down) and strong from its square, so "less likely" is judged like "more likely".
    /// </summary>
    public string Strength(double minLift)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minLift, 1.0);
        return BaseSize == 0 ? "no data"
            : Lift >= minLift * minLift ? "a strong positive association"
            : Lift >= minLift ? "a mild positive association"
            : Lift > 1 / minLift ? "no meaningful association"
            : Lift > 1 / (minLift * minLift) ? "a mild negative association"
            : "a strong negative association";
    }
}
