using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace SegmentAI.Skills.Retrieval;

/// <summary>Makes the embedding generator <see cref="RetrievalOptions"/> ask for, falling back to the hashed n-grams when MiniLM cannot load.</summary>
internal static partial class EmbedderSelection
{
    /// <summary>
    /// The configured embedder: <see cref="RetrievalOptions.Embedder"/> when set; otherwise the OpenAI-compatible
    /// endpoint when one is configured, else <see cref="RetrievalOptions.DefaultEmbedder"/>.
    /// </summary>
    public static EmbedderKind Kind(RetrievalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Embedder ?? (options.Embeddings.Endpoint is null ? RetrievalOptions.DefaultEmbedder : EmbedderKind.OpenAiCompatible);
    }

    /// <summary>Creates the configured generator; <paramref name="miniLm"/> replaces the MiniLM loader (tests).</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(
        RetrievalOptions options,
        ILogger logger,
        Func<MiniLmEmbeddingOptions, IEmbeddingGenerator<string, Embedding<float>>>? miniLm = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        switch (Kind(options))
        {
            case EmbedderKind.OpenAiCompatible when options.Embeddings.Endpoint is null:
                throw new InvalidOperationException(
                    $"{RetrievalOptions.SectionName}:Embedder is {EmbedderKind.OpenAiCompatible} but {RetrievalOptions.SectionName}:Embeddings:Endpoint is not set");
            case EmbedderKind.OpenAiCompatible:
                return OpenAiCompatibleEmbeddings.Create(options.Embeddings);
            case EmbedderKind.MiniLm:
                try
                {
                    return (miniLm ?? MiniLmEmbeddingGenerator.CreateShared)(options.MiniLm);
                }
                catch (Exception e)
                {
                    // Whatever stops the native runtime or the model from loading (a missing library, an unsupported
                    // CPU, a damaged package), retrieval must keep working.
                    LogMiniLmUnavailable(logger, e);
                    return new HashedNgramEmbeddingGenerator();
                }

            default:
                return new HashedNgramEmbeddingGenerator();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The MiniLM embedding model could not be loaded; facet retrieval uses hashed n-gram embeddings instead")]
    private static partial void LogMiniLmUnavailable(ILogger logger, Exception exception);
}
