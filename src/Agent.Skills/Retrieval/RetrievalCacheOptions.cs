namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Caching of facet searches and query embeddings, bound from <c>SegmentAI:Retrieval:Cache</c>. On by default and
/// in-process (no server needed); with <see cref="Redis"/> set, hosts share entries through Redis.
/// </summary>
public sealed class RetrievalCacheOptions
{
    /// <summary>Default bytes each in-process store may hold.</summary>
    public const long DefaultLocalSizeLimit = 32L * 1024 * 1024;

    /// <summary>False turns both caches off: every lookup embeds the phrase and searches the index.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a facet search stays cached, in process and in Redis.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether query embeddings are cached. Unset means yes, except for the embedded hashed n-gram generator: it
    /// embeds a phrase in microseconds, less than reading the vector back from a cache takes.
    /// </summary>
    public bool? CacheEmbeddings { get; set; }

    /// <summary>How long a query embedding stays cached; an embedding changes only with the model, which is part of its key.</summary>
    public TimeSpan EmbeddingExpiration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Bytes each in-process store may hold (the facet searches' L1 and, without Redis, the embeddings); past it,
    /// new entries are refused and old ones compacted away, so memory stays bounded however many phrases arrive.
    /// </summary>
    public long LocalSizeLimit { get; set; } = DefaultLocalSizeLimit;

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. <c>127.0.0.1:6379,connectTimeout=500</c>); when set, Redis is
    /// the second level of the facet-search cache and the store of embeddings. Empty means in-process only.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>First part of every Redis key; the environment follows it.</summary>
    public string KeyPrefix { get; set; } = "segmentai:";

    /// <summary>
    /// The environment whose keys these are (Production, Staging, ...), so environments sharing a Redis server
    /// never read each other's entries. Unset means DOTNET_ENVIRONMENT, then ASPNETCORE_ENVIRONMENT, then Production.
    /// </summary>
    public string? Environment { get; set; }
}
