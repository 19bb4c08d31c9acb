namespace SegmentAI.Skills.Chat;

/// <summary>The segment part of a reply: everything a card in Teams, Slack or the widget shows.</summary>
public sealed record SegmentCard
{
    /// <summary>Segment id (draft or saved).</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>draft, saved, or needs_review.</summary>
    public required string Status { get; init; }

    /// <summary>Logic by condition id, e.g. "(C1 AND C2) AND NOT C3".</summary>
    public required string Logic { get; init; }

    /// <summary>Plain-English description.</summary>
    public required string Description { get; init; }

    /// <summary>The conditions.</summary>
    public required IReadOnlyList<ConditionCard> Conditions { get; init; }

    /// <summary>Display SQL: runnable as-is on the tenant's warehouse, returning only the entity key.</summary>
    public required string Sql { get; init; }

    /// <summary>Members, when the size was estimated.</summary>
    public long? EstimatedSize { get; init; }

    /// <summary>All entities of the tenant, when the size was estimated.</summary>
    public long? TotalPopulation { get; init; }

    /// <summary>Overall confidence, 0–1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Everything assumed rather than said, so the user can correct it.</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }
}
