namespace SegmentAI.Skills.Skills;

/// <summary>Why activating or rolling back a skill version was refused.</summary>
public enum ActivationFailure
{
    /// <summary>No skill with that id exists.</summary>
    UnknownSkill,

    /// <summary>The skill has no file for that version.</summary>
    UnknownVersion,

    /// <summary>The version's file exists but does not load.</summary>
    VersionDoesNotLoad,

    /// <summary>The version has <c>eval_gate: true</c> and no gate approval was given.</summary>
    GateRequired,

    /// <summary>The gate approval is not for this skill and version, or did not pass.</summary>
    GateNotPassed,

    /// <summary>The request lacks something the decision needs (the eval run id, who decides).</summary>
    Incomplete,

    /// <summary>The eval run the decision would rest on was never stored.</summary>
    UnknownEvalRun,

    /// <summary>The version is already live in that scope.</summary>
    AlreadyActive,

    /// <summary>The log has no earlier version to go back to in that scope.</summary>
    NothingToRollBack,

    /// <summary>The manifest could not be written; the recorded decision was compensated and nothing changed.</summary>
    ManifestNotWritten,
}
