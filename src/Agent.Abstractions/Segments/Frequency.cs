namespace SegmentAI.Skills.Segments;

/// <summary>
/// How often the entity must have done the event. A per-week rate K over a window of D days means
/// at least ceil(K·D/7) distinct events (at most floor(K·D/7)); per month uses 30-day months.
/// </summary>
public sealed record Frequency
{
    /// <summary>At least, at most or exactly.</summary>
    public FrequencyComparison Comparison { get; init; } = FrequencyComparison.AtLeast;

    /// <summary>The number of events per <see cref="Per"/>.</summary>
    public required double Count { get; init; }

    /// <summary>What the count is per.</summary>
    public FrequencyPeriod Per { get; init; } = FrequencyPeriod.Window;

    /// <summary>The user's words, e.g. "at least twice a week".</summary>
    public string? Expression { get; init; }

    /// <summary>The number of distinct events required over a window of <paramref name="windowDays"/> days.</summary>
    public long RequiredEvents(int windowDays)
    {
        var scaled = Per switch
        {
            FrequencyPeriod.Week => Count * windowDays / 7.0,
            FrequencyPeriod.Month => Count * windowDays / 30.0,
            _ => Count,
        };

        // Rounding to 1e-9 first keeps 2·28/7 = 8 from becoming 9 through floating-point noise.
        scaled = Math.Round(scaled, 9);
        return Comparison == FrequencyComparison.AtMost ? (long)Math.Floor(scaled) : (long)Math.Ceiling(scaled);
    }
}
