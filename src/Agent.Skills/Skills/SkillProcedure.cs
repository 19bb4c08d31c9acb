namespace SegmentAI.Skills.Skills;

/// <summary>The deterministic engine procedure a skill binds to; the skill tunes it, the engine runs it.</summary>
public enum SkillProcedure
{
    /// <summary>Turn a request into a new grounded segment.</summary>
    CreateSegment,

    /// <summary>Change the current draft or a saved segment.</summary>
    EditSegment,

    /// <summary>Explain a segment's logic, size and SQL in plain words.</summary>
    ExplainSegment,

    /// <summary>List, show, save, rename, duplicate and delete saved segments.</summary>
    ManageSegments,

    /// <summary>Answer overlap, lift and hypothesis questions between audiences.</summary>
    AssessOverlap,

    /// <summary>Say what the agent can do and how to ask for it.</summary>
    Help,

    /// <summary>Show, state, teach and forget what the agent remembers about a user; erase a user on an admin's request.</summary>
    ManageMemory,
}
