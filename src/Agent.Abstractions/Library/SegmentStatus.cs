namespace SegmentAI.Skills.Library;

/// <summary>Lifecycle of a saved segment.</summary>
public enum SegmentStatus
{
    /// <summary>In the library.</summary>
    Active,

    /// <summary>Deleted after confirmation; kept only in the version history.</summary>
    Deleted,
}
