namespace SegmentAI.Host.Channels.Slack;

/// <summary>Slack refused or failed a call: an <c>"ok": false</c> answer, an HTTP error, or rate limiting that lasted too long.</summary>
public sealed class SlackApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SlackApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SlackApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed call of <paramref name="method"/>.</summary>
    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method or "response_url".</summary>
    public string? Method { get; }

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>invalid_auth</c>, ...) or the HTTP status.</summary>
    public string? Error { get; }
}
