namespace SegmentAI.Skills.Perception;

/// <summary>What a message asks the agent to do.</summary>
public enum Intent
{
    /// <summary>Build a new segment ("customers who bought toys last month").</summary>
    Create,

    /// <summary>Change the current draft or a saved segment ("only gold members", "make it 60 days").</summary>
    Edit,

    /// <summary>Delete a saved segment.</summary>
    Delete,

    /// <summary>List, show, size or explain segments.</summary>
    Query,

    /// <summary>An overlap or lift question ("do baby buyers also buy toys?").</summary>
    Hypothesis,

    /// <summary>A reply to the question the agent asked.</summary>
    Answer,

    /// <summary>Yes / go ahead / confirm.</summary>
    Confirm,

    /// <summary>A judgement of the agent's work ("that's wrong", "great", a rating).</summary>
    Feedback,

    /// <summary>What the agent remembers about the user: list, state, teach, forget; an admin erasing a user.</summary>
    Memory,

    /// <summary>What can you do / how does this work.</summary>
    Help,

    /// <summary>Anything a segmentation agent does not do.</summary>
    OutOfScope,
}
