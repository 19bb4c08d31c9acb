namespace SegmentAI.Skills.Perception;

/// <summary>Why a message is refused.</summary>
public enum SafetyCategory
{
    /// <summary>Asks for personal data (contact details, names) or targets people by a PII or restricted facet.</summary>
    Pii,

    /// <summary>Segments people on a protected attribute (race, religion, health condition, ...).</summary>
    ProtectedAttribute,

    /// <summary>Tries to change the agent's instructions, reveal its prompt, or smuggle in SQL.</summary>
    PromptInjection,
}
