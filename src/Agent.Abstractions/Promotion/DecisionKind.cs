namespace SegmentAI.Skills.Promotion;

/// <summary>What a promotion decision did to the live version of a skill.</summary>
public enum DecisionKind
{
    /// <summary>A candidate version became active after its eval gate (or without one, when the skill has none).</summary>
    Promoted,

    /// <summary>A candidate version was refused; the live version did not change.</summary>
    Rejected,

    /// <summary>A version that was active before became active again.</summary>
    RolledBack,
}
