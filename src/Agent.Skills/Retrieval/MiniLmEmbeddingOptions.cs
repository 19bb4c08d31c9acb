namespace SegmentAI.Skills.Retrieval;

/// <summary>Settings of <see cref="MiniLmEmbeddingGenerator"/>, bound from <c>SegmentAI:Retrieval:MiniLm</c>.</summary>
public sealed class MiniLmEmbeddingOptions
{
    /// <summary>Default texts encoded per model run.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>Model runs allowed at once, each on one core; unset means one per processor.</summary>
    public int? MaxConcurrency { get; set; }

    /// <summary>Texts encoded per model run when many are embedded at once (catalog indexing).</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;
}
