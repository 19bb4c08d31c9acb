namespace SegmentAI.Skills.Skills;

/// <summary>Type of a skill's tunable parameter, which decides how defaults and tenant overrides are read.</summary>
public enum SkillParameterType
{
    /// <summary>A number between 0 and 1 (thresholds, confidences).</summary>
    Probability,

    /// <summary>Any finite number, optionally bounded.</summary>
    Number,

    /// <summary>A whole number, optionally bounded.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>Free text.</summary>
    Text,
}
