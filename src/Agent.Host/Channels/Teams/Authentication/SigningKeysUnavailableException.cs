namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>No signing keys could be fetched, so no token can be checked: a fault on our side, not the caller's.</summary>
internal sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
