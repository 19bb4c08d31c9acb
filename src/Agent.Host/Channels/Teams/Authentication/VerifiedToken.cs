namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>What a valid Bot Connector token vouches for.</summary>
/// <param name="ServiceUrl">The <c>serviceurl</c> claim: the only Bot Connector the activity may make us call.</param>
/// <param name="Endorsements">Channels the signing key is endorsed for.</param>
internal sealed record VerifiedToken(string? ServiceUrl, IReadOnlyList<string> Endorsements);
