namespace SegmentAI.Skills.Statistics;

/// <summary>
/// Retention of one cohort by period since its start: period 0 is the cohort itself (every member counts), period p
/// counts members active in period p (N-day) or in p or later (unbounded). The denominator is always the cohort.
/// </summary>
internal sealed record RetentionCurve
{
    private RetentionCurve(RetentionKind kind, int size, IReadOnlyList<int> retained)
    {
        Kind = kind;
        Size = size;
        Retained = retained;
    }

    /// <summary>N-day or unbounded.</summary>
    public RetentionKind Kind { get; }

    /// <summary>Members of the cohort: the denominator of every period.</summary>
    public int Size { get; }

    /// <summary>Members counted as retained in each period, period 0 first.</summary>
    public IReadOnlyList<int> Retained { get; }

    /// <summary>Each period's retained members as a share of the cohort, with its Wilson interval.</summary>
    public IReadOnlyList<Proportion> Rates => Retained.Select(r => new Proportion(r, Size)).ToList();

    /// <summary>
    /// Builds the curve over <paramref name="periods"/> periods from each member's active periods (0 = the cohort
    /// period; periods outside 0..periods-1 are ignored, so a member seen only later than the table still counts in
    /// period 0 and, unbounded, in none after it).
    /// </summary>
    public static RetentionCurve From(IEnumerable<IEnumerable<int>> activePeriodsPerMember, int periods, RetentionKind kind)
    {
        ArgumentNullException.ThrowIfNull(activePeriodsPerMember);
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        var retained = new int[periods];
        var size = 0;
        foreach (var member in activePeriodsPerMember)
        {
            size++;
            retained[0]++;
            var active = member.Where(p => p > 0 && p < periods).ToHashSet();
            if (kind == RetentionKind.NDay)
            {
                foreach (var period in active)
                {
                    retained[period]++;
                }
            }
            else if (active.Count > 0)
            {
                // Active in a later period means retained in every period up to it.
                for (var period = 1; period <= active.Max(); period++)
                {
                    retained[period]++;
                }
            }
        }

        return new RetentionCurve(kind, size, retained);
    }
}
