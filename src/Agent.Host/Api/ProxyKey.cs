using System.Security.Cryptography;
using System.Text;

namespace SegmentAI.Host.Api;

/// <summary>The authenticating proxy's shared secret, sent in <c>X-SegmentAI-Proxy-Key</c> with every request it forwards.</summary>
internal static class ProxyKey
{
    /// <summary>Whether <paramref name="headers"/> carry <paramref name="expected"/>, compared in constant time so the key cannot be guessed from timings.</summary>
    public static bool IsPresent(IHeaderDictionary headers, string? expected)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var given = headers[ApiProblems.ProxyKeyHeader].ToString();
        return !string.IsNullOrEmpty(expected)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
    }
}
