namespace SegmentAI.Skills.Statistics;

/// <summary>
/// Retention of one cohort by period since each member's start: period 0 is the cohort itself (every member counts),
/// period p counts members active in period p (N-day) or in p or later (unbounded). Each period's denominator is the
/// members the data covers that far.
/// </summary>
internal sealed record RetentionCurve
{
    private RetentionCurve(RetentionKind kind, IReadOnlyList<int> eligible, IReadOnlyList<int> retained)
    {
        Kind = kind;
        Eligible = eligible;
        Retained = retained;
    }

    /// <summary>N-day or unbounded.</summary>
    public RetentionKind Kind { get; }

    /// <summary>Members of the cohort.</summary>
    public int Size => Eligible.Count == 0 ? 0 : Eligible[0];

    /// <summary>Each period's denominator: members observed at least that long.</summary>
    public IReadOnlyList<int> Eligible { get; }

    /// <summary>Members counted as retained in each period, period 0 first.</summary>
    public IReadOnlyList<int> Retained { get; }

    /// <summary>Each period's retained members as a share of its denominator, with its Wilson interval.</summary>
    public IReadOnlyList<Proportion> Rates => Retained.Select((r, p) => new Proportion(r, Eligible[p])).ToList();

    /// <summary>The curve over <paramref name="periods"/> periods when every member is observed for all of them.</summary>
    public static RetentionCurve From(IEnumerable<IEnumerable<int>> activePeriodsPerMember, int periods, RetentionKind kind)
    {
        ArgumentNullException.ThrowIfNull(activePeriodsPerMember);
        return From(activePeriodsPerMember.Select(a => new RetentionMember(a.ToList(), periods)), periods, kind);
    }

    /// <summary>
    /// The curve over <paramref name="periods"/> periods. Activity outside 0..periods-1 or beyond what a member's data
    /// covers is ignored, so a member seen only later than the table still counts in period 0 and in no other.
    /// </summary>
    public static RetentionCurve From(IEnumerable<RetentionMember> members, int periods, RetentionKind kind)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        var retained = new int[periods];
        var eligible = new int[periods];
        foreach (var member in members)
        {
            var covered = Math.Clamp(member.ObservablePeriods, 1, periods);
            for (var period = 0; period < covered; period++)
            {
                eligible[period]++;
            }

            retained[0]++;
            var active = member.ActivePeriods.Where(p => p > 0 && p < covered).ToHashSet();
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

        return new RetentionCurve(kind, eligible, retained);
    }
}
