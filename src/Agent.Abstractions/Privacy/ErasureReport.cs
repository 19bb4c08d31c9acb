namespace SegmentAI.Skills.Privacy;

/// <summary>What a right-to-be-forgotten request removed, by kind of record.</summary>
/// <param name="Counts">Records deleted or anonymized, by kind ("preferences", "sessions", "query_log (anonymized)", ...).</param>
public sealed record ErasureReport(IReadOnlyDictionary<string, int> Counts)
{
    /// <summary>Nothing removed.</summary>
    public static ErasureReport Empty { get; } = new(new Dictionary<string, int>());

    /// <summary>All records touched.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>This report and another, counts added by kind.</summary>
    public ErasureReport Plus(ErasureReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = new Dictionary<string, int>(Counts, StringComparer.Ordinal);
        foreach (var (kind, count) in other.Counts)
        {
            merged[kind] = merged.GetValueOrDefault(kind) + count;
        }

        return new ErasureReport(merged);
    }
}
