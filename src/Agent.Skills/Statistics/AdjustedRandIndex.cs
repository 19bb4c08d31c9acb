namespace SegmentAI.Skills.Statistics;

/// <summary>
/// Agreement between two partitions of the same items, corrected for chance (Hubert and Arabie 1985): 1 for the same
/// grouping whatever the labels, about 0 for an unrelated one. It scores clusters against planted personas and
/// reruns against each other.
/// </summary>
internal static class AdjustedRandIndex
{
    /// <summary>The index of two labelings of the same items, in the same order.</summary>
    public static double Between<TFirst, TSecond>(IReadOnlyList<TFirst> first, IReadOnlyList<TSecond> second)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"the labelings must cover the same items ({first.Count} and {second.Count} labels)", nameof(second));
        }

        var cells = new Dictionary<(TFirst, TSecond), long>();
        var rows = new Dictionary<TFirst, long>();
        var columns = new Dictionary<TSecond, long>();
        for (var i = 0; i < first.Count; i++)
        {
            cells[(first[i], second[i])] = cells.GetValueOrDefault((first[i], second[i])) + 1;
            rows[first[i]] = rows.GetValueOrDefault(first[i]) + 1;
            columns[second[i]] = columns.GetValueOrDefault(second[i]) + 1;
        }

        var index = cells.Values.Sum(Pairs);
        var rowPairs = rows.Values.Sum(Pairs);
        var columnPairs = columns.Values.Sum(Pairs);
        var expected = rowPairs * columnPairs / Pairs(first.Count);
        var maximum = (rowPairs + columnPairs) / 2;

        // Both partitions trivial (one group each, or every item alone): they agree perfectly.
        return maximum == expected ? 1 : (index - expected) / (maximum - expected);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}
