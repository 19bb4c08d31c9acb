namespace SegmentAI.Memory.Retention;

/// <summary>How long memory keeps what it records (section <c>Memory:Retention</c>).</summary>
internal sealed class RetentionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Memory:Retention";

    /// <summary>Days the query log keeps a turn, with its segment audit and execution trace.</summary>
    public int QueryLogDays { get; set; } = 90;

    /// <summary>How often the clean-up runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
