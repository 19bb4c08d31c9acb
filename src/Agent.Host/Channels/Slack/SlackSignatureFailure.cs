namespace SegmentAI.Host.Channels.Slack;

/// <summary>Why a request does not carry a valid Slack signature.</summary>
internal enum SlackSignatureFailure
{
    /// <summary>The signature is valid.</summary>
    None,

    /// <summary>X-Slack-Signature or X-Slack-Request-Timestamp is absent.</summary>
    MissingHeaders,

    /// <summary>The signature is not <c>v0=</c> and 64 hex digits, or the timestamp is not a number.</summary>
    Malformed,

    /// <summary>The timestamp is more than five minutes away from now: a replayed or delayed request.</summary>
    StaleTimestamp,

    /// <summary>The signature does not match the body under the signing secret.</summary>
    Mismatch,
}
