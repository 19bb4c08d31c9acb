namespace SegmentAI.Skills.Retrieval;

/// <summary>How a retrieval was answered, for the audit trail.</summary>
public enum RetrievalQuality
{
    /// <summary>Lexical matching and vector similarity both contributed.</summary>
    High,

    /// <summary>The vector path failed or timed out; lexical matching over the in-memory catalog answered alone.</summary>
    Medium,
}
