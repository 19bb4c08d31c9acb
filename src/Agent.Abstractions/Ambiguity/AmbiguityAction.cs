namespace SegmentAI.Skills.Ambiguity;

/// <summary>How an ambiguity was (or will be) resolved, in the order the resolver tries them.</summary>
public enum AmbiguityAction
{
    /// <summary>The user already answered this in the session.</summary>
    UseSessionAnswer,

    /// <summary>A stored preference of the user answers it.</summary>
    UsePreference,

    /// <summary>The tenant's default answers it.</summary>
    UseTenantDefault,

    /// <summary>Context makes one option clear enough (confidence at or above the threshold); stated as an assumption.</summary>
    Infer,

    /// <summary>Ask the user one question.</summary>
    Ask,
}
