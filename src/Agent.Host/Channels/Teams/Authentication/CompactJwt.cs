using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>A JWT in compact serialization, split and decoded but not yet trusted.</summary>
/// <param name="Header">The JOSE header.</param>
/// <param name="Payload">The claims.</param>
/// <param name="SigningInput">The bytes the signature covers: the encoded header, a dot and the encoded payload.</param>
/// <param name="Signature">The signature.</param>
internal sealed record CompactJwt(JsonElement Header, JsonElement Payload, byte[] SigningInput, byte[] Signature)
{
    /// <summary>Splits and decodes <paramref name="token"/>; null when it is not three base64url parts holding JSON objects.</summary>
    public static CompactJwt? TryParse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        try
        {
            var header = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[0]));
            var payload = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[1]));
            if (header.ValueKind != JsonValueKind.Object || payload.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new CompactJwt(header, payload, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>A string claim or header field; null when absent or not a string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A NumericDate claim (seconds since the epoch); null when absent or not a number.</summary>
    public static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}
