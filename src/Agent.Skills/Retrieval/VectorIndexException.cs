namespace SegmentAI.Skills.Retrieval;

/// <summary>The vector index could not be reached, timed out or rejected a request.</summary>
internal sealed class VectorIndexException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VectorIndexException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public VectorIndexException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public VectorIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
