namespace SegmentAI.Skills.Llm;

/// <summary>Everything one drafting call sends, in cache-friendly order (stable parts first).</summary>
internal sealed record SegmentDraftRequest
{
    /// <summary>The constitution: identical for every call, so endpoints can cache it as a prompt prefix.</summary>
    public required string Constitution { get; init; }

    /// <summary>The skill's instructions (with tenant overrides applied).</summary>
    public required string SkillInstructions { get; init; }

    /// <summary>Compact catalog structure of the tenant.</summary>
    public required string CatalogOutline { get; init; }

    /// <summary>Candidate facets and values retrieved for this request, with scores.</summary>
    public required string RetrievedShortlist { get; init; }

    /// <summary>What memory knows that matters here (user preferences, session answers).</summary>
    public string Memory { get; init; } = "";

    /// <summary>The user's message, verbatim.</summary>
    public required string UserText { get; init; }

    /// <summary>Date windows are resolved against.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Tier to use.</summary>
    public ModelTier Tier { get; init; } = ModelTier.Standard;
}
