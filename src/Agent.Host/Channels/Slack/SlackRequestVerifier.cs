using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Verifies Slack's request signature (<c>X-Slack-Signature</c>): HMAC-SHA256 under the app's signing secret of
/// <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, sent as <c>v0=</c> and lowercase hex. A timestamp more than five
/// minutes from now is rejected, so a captured request cannot be replayed later.
/// </summary>
internal sealed class SlackRequestVerifier
{
    public const string SignatureHeader = "X-Slack-Signature";

    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const string Version = "v0";

    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;

    public SlackRequestVerifier(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Checks one request; <see cref="SlackSignatureFailure.None"/> when it is genuine.</summary>
    public SlackSignatureFailure Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackSignatureFailure.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || signature.Length != Version.Length + 1 + (SHA256.HashSizeInBytes * 2))
        {
            return SlackSignatureFailure.Malformed;
        }

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(signature.AsSpan(Version.Length + 1));
        }
        catch (FormatException)
        {
            return SlackSignatureFailure.Malformed;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs((double)now - seconds) > Tolerance.TotalSeconds)
        {
            return SlackSignatureFailure.StaleTimestamp;
        }

        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), signed);
        return CryptographicOperations.FixedTimeEquals(expected, claimed) ? SlackSignatureFailure.None : SlackSignatureFailure.Mismatch;
    }
}
