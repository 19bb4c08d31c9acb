namespace SegmentAI.Skills.Behaviour;

/// <summary>Personas cannot be found for this tenant or window; the message says why and what to do.</summary>
public sealed class BehaviourAnalysisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BehaviourAnalysisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public BehaviourAnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BehaviourAnalysisException()
    {
    }
}
