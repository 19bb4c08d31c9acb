using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>What one reply must be; every field but <see cref="Kind"/> is optional.</summary>
public sealed record TurnExpectation
{
    /// <summary>The reply's kind.</summary>
    public required ReplyKind Kind { get; init; }

    /// <summary>For segments: the full set of conditions after the turn (order-insensitive), or null when not checked.</summary>
    public IReadOnlyList<ExpectedCondition>? Conditions { get; init; }

    /// <summary>For segments: the logic with C1..Cn numbered by position in <see cref="Conditions"/>, e.g. "C1 OR C2".</summary>
    public string? Logic { get; init; }

    /// <summary>For clarifications: the slot asked about (a vague-term kind or facet_choice).</summary>
    public string? Slot { get; init; }

    /// <summary>For refusals: pii, protected_attribute, prompt_injection or permission.</summary>
    public string? Category { get; init; }

    /// <summary>A phrase the reply text must contain (case-insensitive).</summary>
    public string? TextContains { get; init; }

    /// <summary>True when the reply must not be a clarification.</summary>
    public bool NoQuestion { get; init; }
}
