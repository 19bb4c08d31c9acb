namespace SegmentAI.Host.CommandLine;

/// <summary>A command cannot do what was asked; the message is the one line the user sees.</summary>
public sealed class CommandFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CommandFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public CommandFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
