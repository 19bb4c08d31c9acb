namespace SegmentAI.Skills.Estimation;

/// <summary>How many entities a segment holds, out of how many, with a few member keys to look at.</summary>
/// <param name="Size">Members of the segment.</param>
/// <param name="Population">All entities of the tenant.</param>
/// <param name="SampleKeys">A few member keys (keys only, never personal data).</param>
/// <param name="Elapsed">Time the warehouse took.</param>
/// <param name="LimitWarning">Why the size is outside the tenant's limits, or null when it is within them.</param>
public sealed record SizeEstimate(long Size, long Population, IReadOnlyList<string> SampleKeys, TimeSpan Elapsed, string? LimitWarning)
{
    /// <summary>Share of the population in the segment (0–1).</summary>
    public double Share => Population == 0 ? 0 : (double)Size / Population;
}
