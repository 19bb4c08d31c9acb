namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>The outcome of checking a request's Bot Connector token.</summary>
/// <param name="Token">The verified token; null when rejected.</param>
/// <param name="Problem">Why it was rejected; null when verified.</param>
internal sealed record TokenCheck(VerifiedToken? Token, string? Problem)
{
    public static TokenCheck Rejected(string problem) => new(null, problem);

    public static TokenCheck Verified(VerifiedToken token) => new(token, null);
}
