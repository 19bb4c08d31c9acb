namespace SegmentAI.Evals.Metrics;

/// <summary>
/// Compares two segments by their members, the execution-accuracy ("EX") idea of text-to-SQL benchmarks:
/// two queries are equivalent on a warehouse when they return the same keys, however differently written.
/// </summary>
/// <param name="ExpectedCount">Members of the reference.</param>
/// <param name="ActualCount">Members of the candidate.</param>
/// <param name="CommonCount">Members of both.</param>
/// <param name="MissingSample">A few reference members the candidate lacks.</param>
/// <param name="ExtraSample">A few candidate members the reference lacks.</param>
public sealed record MemberSetComparison(int ExpectedCount, int ActualCount, int CommonCount, IReadOnlyList<string> MissingSample, IReadOnlyList<string> ExtraSample)
{
    private const int SampleSize = 5;

    /// <summary>True when both sets are identical.</summary>
    public bool ExactMatch => CommonCount == ExpectedCount && CommonCount == ActualCount;

    /// <summary>|A ∩ B| / |A ∪ B|; 1 when both are empty.</summary>
    public double Jaccard
    {
        get
        {
            var union = ExpectedCount + ActualCount - CommonCount;
            return union == 0 ? 1.0 : (double)CommonCount / union;
        }
    }

    /// <summary>Compares two key collections (duplicates ignored).</summary>
    public static MemberSetComparison Compare(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var expectedSet = new HashSet<string>(expected, StringComparer.Ordinal);
        var actualSet = new HashSet<string>(actual, StringComparer.Ordinal);
        var common = expectedSet.Count(actualSet.Contains);
        var missing = expectedSet.Where(k => !actualSet.Contains(k)).Order(StringComparer.Ordinal).Take(SampleSize).ToList();
        var extra = actualSet.Where(k => !expectedSet.Contains(k)).Order(StringComparer.Ordinal).Take(SampleSize).ToList();
        return new MemberSetComparison(expectedSet.Count, actualSet.Count, common, missing, extra);
    }

    /// <inheritdoc />
    public override string ToString() =>
        ExactMatch
            ? $"identical ({ExpectedCount} members)"
            : $"expected {ExpectedCount}, got {ActualCount}, {CommonCount} in common (Jaccard {Jaccard:0.000}); missing e.g. [{string.Join(", ", MissingSample)}], extra e.g. [{string.Join(", ", ExtraSample)}]";
}
