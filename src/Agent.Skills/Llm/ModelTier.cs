namespace SegmentAI.Skills.Llm;

/// <summary>Model tiers: the cheapest model that can reliably do a task gets it.</summary>
internal enum ModelTier
{
    /// <summary>Cheap, fast (routing, formatting).</summary>
    Simple,

    /// <summary>Most grounding and mapping work.</summary>
    Standard,

    /// <summary>Hard planning and hypothesis assessment.</summary>
    Reasoning,
}
