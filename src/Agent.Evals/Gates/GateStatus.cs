namespace SegmentAI.Evals.Gates;

/// <summary>Where one gate, or the whole gate run, stands.</summary>
public enum GateStatus
{
    /// <summary>The candidate cleared it.</summary>
    Passed,

    /// <summary>The candidate is worse: it must not go live.</summary>
    Failed,

    /// <summary>Shadow-replay differences wait for a reviewer; run the gate again once they are reviewed.</summary>
    Pending,

    /// <summary>Not run, because an earlier gate failed.</summary>
    Skipped,
}
