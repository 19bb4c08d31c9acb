namespace SegmentAI.Skills.Warehouses.Generation.Building;

/// <summary>
/// Activity weight for every history day plus its cumulative sum, so event days can be drawn in O(log n)
/// by inverting the cumulative weight instead of rolling a die for every customer-day.
/// </summary>
internal sealed class DayCalendar
{
    private readonly double[] _cumulative;

    public DayCalendar(DateOnly historyStart, int days, Func<DateOnly, double> weight)
    {
        HistoryStart = historyStart;
        Days = days;
        Weights = new double[days];
        _cumulative = new double[days + 1];
        for (var d = 0; d < days; d++)
        {
            Weights[d] = weight(historyStart.AddDays(d));
            _cumulative[d + 1] = _cumulative[d] + Weights[d];
        }

        MeanWeight = days == 0 ? 1.0 : _cumulative[days] / days;
    }

    public DateOnly HistoryStart { get; }

    public int Days { get; }

    public double[] Weights { get; }

    public double MeanWeight { get; }

    public DateOnly Date(int dayIndex) => HistoryStart.AddDays(dayIndex);

    /// <summary>Weight of days [from, to) relative to an average day, i.e. the expected "normal days" in the window.</summary>
    public double NormalizedWeight(int from, int to) =>
        to <= from ? 0 : (_cumulative[to] - _cumulative[from]) / MeanWeight;

    /// <summary>Day index in [from, to) drawn proportionally to its weight.</summary>
    public int SampleDay(DeterministicRandom random, int from, int to)
    {
        var target = _cumulative[from] + random.NextDouble() * (_cumulative[to] - _cumulative[from]);
        var lo = from;
        var hi = to - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_cumulative[mid + 1] <= target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
