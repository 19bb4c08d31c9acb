namespace SegmentAI.Skills.Statistics;

/// <summary>One cohort member's activity, in periods since their own start.</summary>
/// <param name="ActivePeriods">Periods they were active in (0 = the start period).</param>
/// <param name="ObservablePeriods">
/// How many periods from their start the data covers; a member who started two days before the end of the data says
/// nothing about day 5, so they are left out of day 5's denominator rather than counted as gone.
/// </param>
internal readonly record struct RetentionMember(IReadOnlyCollection<int> ActivePeriods, int ObservablePeriods);
