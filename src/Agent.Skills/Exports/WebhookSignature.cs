using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SegmentAI.Skills.Exports;

/// <summary>
/// Signs a webhook body the way receivers check it: HMAC-SHA256 with the shared secret over
/// <c>{timestamp}.{body}</c>, sent as <c>X-SegmentAI-Signature: sha256=&lt;hex&gt;</c> beside
/// <c>X-SegmentAI-Timestamp</c> (Unix seconds), so a receiver can reject a replayed or altered delivery.
/// </summary>
internal static class WebhookSignature
{
    /// <summary>Header carrying the signature.</summary>
    public const string SignatureHeader = "X-SegmentAI-Signature";

    /// <summary>Header carrying the signing time in Unix seconds.</summary>
    public const string TimestampHeader = "X-SegmentAI-Timestamp";

    /// <summary>Header carrying the delivery's id, the same on every retry, so a receiver can drop duplicates.</summary>
    public const string DeliveryHeader = "X-SegmentAI-Delivery";

    /// <summary>The signature header value of <paramref name="body"/> signed at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Whether <paramref name="signature"/> is the signature of <paramref name="body"/> at <paramref name="timestamp"/> (constant time).</summary>
    public static bool Verify(string secret, long timestamp, ReadOnlySpan<byte> body, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
    }
}
