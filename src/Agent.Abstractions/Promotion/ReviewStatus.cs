namespace SegmentAI.Skills.Promotion;

/// <summary>Where a shadow-replay difference stands with its reviewer.</summary>
public enum ReviewStatus
{
    /// <summary>Nobody has looked at it yet.</summary>
    Pending,

    /// <summary>A reviewer accepted the candidate's reply.</summary>
    Approved,

    /// <summary>A reviewer found the candidate's reply worse.</summary>
    Rejected,
}
