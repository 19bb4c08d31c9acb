using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Channels.Teams.Activities;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// Checks that a request comes from the Bot Connector, as the Bot Framework's authentication protocol describes: an
/// RS256 JWT from <c>https://api.botframework.com</c> for our app id, signed by a key of the OpenID metadata, within
/// its lifetime (with clock skew); then that the key is endorsed for the activity's channel and the token's
/// <c>serviceurl</c> claim is the activity's serviceUrl — so a reply can never be sent to a URL the caller chose.
/// </summary>
/// <remarks>
/// Written on System.Security.Cryptography rather than Microsoft.IdentityModel: the profile is one algorithm and a
/// handful of claims, endorsements and the serviceurl claim need custom code either way, and it keeps three packages
/// (and a missing transitive dependency) out of the host.
/// </remarks>
internal sealed class BotConnectorAuthentication
{
    private const string Algorithm = "RS256";

    private readonly SigningKeySet _keys;
    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;

    public BotConnectorAuthentication(SigningKeySet keys, IOptions<TeamsOptions> options, TimeProvider? time = null)
    {
        _keys = keys;
        _options = options.Value;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Verifies the bearer token of <paramref name="authorization"/> (the Authorization header).</summary>
    /// <exception cref="SigningKeysUnavailableException">The signing keys cannot be fetched, so nothing can be verified.</exception>
    public async Task<TokenCheck> VerifyAsync(string? authorization, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return TokenCheck.Rejected("The request has no Authorization header; the Bot Connector sends 'Authorization: Bearer <token>'.");
        }

        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == Scheme.Length)
        {
            return TokenCheck.Rejected("The Authorization header is not a bearer token.");
        }

        if (CompactJwt.TryParse(authorization[Scheme.Length..].Trim()) is not { } jwt)
        {
            return TokenCheck.Rejected("The bearer token is not a well-formed JWT.");
        }

        if (CompactJwt.String(jwt.Header, "alg") != Algorithm)
        {
            return TokenCheck.Rejected($"The token is not signed with {Algorithm}, the only algorithm accepted.");
        }

        if (CompactJwt.String(jwt.Header, "kid") is not { Length: > 0 } keyId)
        {
            return TokenCheck.Rejected("The token's header names no signing key (kid).");
        }

        if (await _keys.FindAsync(keyId, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return TokenCheck.Rejected("The token is signed with a key the Bot Connector's OpenID metadata does not list.");
        }

        if (!SignatureHolds(jwt, key))
        {
            return TokenCheck.Rejected("The token's signature is invalid.");
        }

        return CheckClaims(jwt.Payload) is { } problem
            ? TokenCheck.Rejected(problem)
            : TokenCheck.Verified(new VerifiedToken(CompactJwt.String(jwt.Payload, "serviceurl"), key.Endorsements));
    }

    /// <summary>Why <paramref name="token"/> does not cover <paramref name="activity"/> (a 403), or null when it does.</summary>
    public static string? Authorize(VerifiedToken token, TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        if (!token.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return $"The token's signing key is not endorsed for channel '{activity.ChannelId}'.";
        }

        return string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The token's serviceurl claim does not match the activity's serviceUrl.";
    }

    private static bool SignatureHolds(CompactJwt jwt, SigningKey key)
    {
        try
        {
            using var rsa = RSA.Create(key.PublicKey);
            return rsa.VerifyData(jwt.SigningInput, jwt.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private string? CheckClaims(JsonElement claims)
    {
        if (CompactJwt.String(claims, "iss") is not { } issuer || !string.Equals(issuer, _options.Issuer, StringComparison.Ordinal))
        {
            return $"The token was not issued by {_options.Issuer}.";
        }

        if (!Audiences(claims).Contains(_options.AppId, StringComparer.Ordinal))
        {
            return "The token is not meant for this bot (its audience is not Teams:AppId).";
        }

        var now = _time.GetUtcNow();
        if (CompactJwt.Time(claims, "exp") is not { } expires)
        {
            return "The token has no expiry (exp).";
        }

        if (now > expires + _options.ClockSkew)
        {
            return "The token has expired.";
        }

        return CompactJwt.Time(claims, "nbf") is { } notBefore && now < notBefore - _options.ClockSkew
            ? "The token is not valid yet (nbf)."
            : null;
    }

    private static IEnumerable<string?> Audiences(JsonElement claims) =>
        !claims.TryGetProperty("aud", out var audience) ? []
        : audience.ValueKind == JsonValueKind.String ? [audience.GetString()]
        : audience.ValueKind == JsonValueKind.Array ? audience.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString())
        : [];
}
