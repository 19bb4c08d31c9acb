namespace SegmentAI.Skills.Perception;

/// <summary>How two parts of a request are joined.</summary>
public enum Connective
{
    /// <summary>"and", "as well as", "plus", "along with": both must hold.</summary>
    And,

    /// <summary>"or": either may hold.</summary>
    Or,

    /// <summary>"but": both hold, usually with a contrast or an exclusion after it.</summary>
    But,
}
