namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The on-disk store of catalog embeddings (<see cref="CatalogEmbeddingStore"/>), bound from
/// <c>SegmentAI:Retrieval:CatalogCache</c>.
/// </summary>
internal sealed class CatalogEmbeddingCacheOptions
{
    /// <summary>
    /// Whether catalog embeddings are kept on disk. Unset means yes, except for the hashed n-gram generator: it
    /// embeds a whole catalog in milliseconds, less than reading the file back takes.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// The folder of the files; relative paths are resolved against the repository root. Unset means
    /// <c>catalog-embeddings</c> in the state directory (<c>Memory:StateDirectory</c>), else in <c>data/</c>.
    /// </summary>
    public string? Directory { get; set; }
}
