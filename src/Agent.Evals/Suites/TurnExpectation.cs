using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Suites;

/// <summary>What one reply must be; every field but <see cref="Kind"/> is optional.</summary>
public sealed record TurnExpectation
{
    /// <summary>The reply's kind.</summary>
    public required ReplyKind Kind { get; init; }

    /// <summary>For segments: the full set of conditions after the turn (order-insensitive), or null when not checked.</summary>
    public IReadOnlyList<ExpectedCondition>? Conditions { get; init; }

    /// <summary>For segments: the logic with C1..Cn numbered by position in <see cref="Conditions"/>, e.g. "C1 OR C2".</summary>
    public string? Logic { get; init; }

    /// <summary>For segments: the facet ids the segment must use, when the full conditions are not given.</summary>
    public IReadOnlyList<string>? Facets { get; init; }

    /// <summary>For segments: SQL over the tenant's warehouse returning the entity key; the segment's members must equal its rows.</summary>
    public string? ReferenceSql { get; init; }

    /// <summary>For clarifications: the slot asked about (a vague-term kind or facet_choice).</summary>
    public string? Slot { get; init; }

    /// <summary>For refusals: pii, protected_attribute, prompt_injection or permission.</summary>
    public string? Category { get; init; }

    /// <summary>A phrase the reply text must contain (case-insensitive).</summary>
    public string? TextContains { get; init; }

    /// <summary>True when the reply must not be a clarification.</summary>
    public bool NoQuestion { get; init; }

    /// <summary>The facets the segment must use: those of <see cref="Conditions"/>, else <see cref="Facets"/>; null when neither is given.</summary>
    public IReadOnlyList<string>? ExpectedFacets =>
        Conditions is { } conditions ? [.. conditions.Select(c => c.Facet).Distinct(StringComparer.Ordinal)] : Facets;
}
