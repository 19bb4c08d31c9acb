namespace SegmentAI.Skills.Llm;

/// <summary>How a model call ended.</summary>
internal enum LlmOutcome
{
    /// <summary>A usable definition came back.</summary>
    Drafted,

    /// <summary>The call took longer than allowed.</summary>
    TimedOut,

    /// <summary>The endpoint failed.</summary>
    Failed,

    /// <summary>The answer was not a valid segment definition.</summary>
    InvalidJson,
}
