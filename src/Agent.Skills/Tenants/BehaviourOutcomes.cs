namespace SegmentAI.Skills.Tenants;

/// <summary>
/// The event types that mark a negotiation's outcomes, so acceptance and rejection can be read per offer sent.
/// </summary>
public sealed record BehaviourOutcomes
{
    /// <summary>The event type of an offer sent ("send_offer"): the denominator of both rates.</summary>
    public required string Offered { get; init; }

    /// <summary>The event type of an accepted offer ("accept"); null when the log has none.</summary>
    public string? Accepted { get; init; }

    /// <summary>The event type of a rejected offer ("reject"); null when the log has none.</summary>
    public string? Rejected { get; init; }
}
