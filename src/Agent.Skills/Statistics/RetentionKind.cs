namespace SegmentAI.Skills.Statistics;

/// <summary>Which users a retention period counts.</summary>
internal enum RetentionKind
{
    /// <summary>Those active in exactly that period ("N-day").</summary>
    NDay,

    /// <summary>Those active in that period or any later one ("unbounded", "on or after").</summary>
    Unbounded,
}
