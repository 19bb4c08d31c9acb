namespace SegmentAI.Host.Channels.Teams.Connector;

/// <summary>The Bot Connector or the token endpoint refused a call, or could not be reached after the retries.</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
