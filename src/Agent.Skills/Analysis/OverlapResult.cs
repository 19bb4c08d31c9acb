namespace SegmentAI.Skills.Analysis;

/// <summary>How two segments overlap, and how much more likely membership of one makes the other.</summary>
/// <param name="BaseSize">Members of the base segment ("baby buyers").</param>
/// <param name="TargetSize">Members of the target segment ("toy buyers").</param>
/// <param name="Both">Members of both.</param>
/// <param name="Population">All entities.</param>
public sealed record OverlapResult(long BaseSize, long TargetSize, long Both, long Population)
{
    /// <summary>Share of the base segment that is also in the target: P(target | base).</summary>
    public double TargetShareWithinBase => BaseSize == 0 ? 0 : (double)Both / BaseSize;

    /// <summary>Share of everyone that is in the target: P(target).</summary>
    public double TargetShareOverall => Population == 0 ? 0 : (double)TargetSize / Population;

    /// <summary>P(target | base) / P(target); 1 means no association.</summary>
    public double Lift => TargetShareOverall == 0 ? 0 : TargetShareWithinBase / TargetShareOverall;

    /// <summary>Plain-English strength of the association.</summary>
    public string Strength =>
        BaseSize == 0 ? "no data"
        : Lift >= 1.5 ? "a strong positive association"
        : Lift >= 1.1 ? "a mild positive association"
        : Lift > 0.9 ? "no meaningful association"
        : Lift > 0.67 ? "a mild negative association"
        : "a strong negative association";
}
