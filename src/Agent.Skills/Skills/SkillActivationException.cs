namespace SegmentAI.Skills.Skills;

/// <summary>An activation, rollback or rejection that was refused; the manifest and the live versions did not change.</summary>
public sealed class SkillActivationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SkillActivationException(ActivationFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Why it was refused.</summary>
    public ActivationFailure Failure { get; }
}
