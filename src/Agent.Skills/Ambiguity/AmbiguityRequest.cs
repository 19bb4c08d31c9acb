namespace SegmentAI.Skills.Ambiguity;

/// <summary>A step's question about something unclear, with what the step could assume instead of asking.</summary>
internal sealed record AmbiguityRequest
{
    /// <summary>What is unclear.</summary>
    public required AmbiguitySlot Slot { get; init; }

    /// <summary>The one question to ask if nothing else resolves it.</summary>
    public required string Question { get; init; }

    /// <summary>The choices offered (at most four are shown).</summary>
    public required IReadOnlyList<AmbiguityOption> Options { get; init; }

    /// <summary>What the step would infer from context, if anything.</summary>
    public AmbiguityOption? Inferred { get; init; }

    /// <summary>Confidence of <see cref="Inferred"/>, 0–1.</summary>
    public double InferredConfidence { get; init; }

    /// <summary>The tenant's configured default for this slot, if it has one.</summary>
    public AmbiguityOption? TenantDefault { get; init; }

    /// <summary>Most options a question offers, when the skill asking sets it (<c>max_options</c>); the resolver's own limit otherwise.</summary>
    public int? MaxOptions { get; init; }

    /// <summary>Confidence from which an inference is used without asking, when the skill sets it (<c>inference_confidence_threshold</c>).</summary>
    public double? InferenceThreshold { get; init; }
}
