using System.Security.Cryptography;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>One RSA key Bot Connector signs tokens with, and the channels it is endorsed for.</summary>
/// <param name="Id">Key id (<c>kid</c>).</param>
/// <param name="PublicKey">The public key.</param>
/// <param name="Endorsements">Channel ids the key may sign for, e.g. "msteams".</param>
internal sealed record SigningKey(string Id, RSAParameters PublicKey, IReadOnlyList<string> Endorsements);
