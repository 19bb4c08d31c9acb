namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// An embeddings endpoint failed: it refused the request, could not be reached, or answered with something that is not
/// embeddings. The retriever falls back to lexical matching on it, whatever the client library threw underneath.
/// </summary>
internal sealed class EmbeddingEndpointException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmbeddingEndpointException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EmbeddingEndpointException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the client's own exception.</summary>
    public EmbeddingEndpointException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
