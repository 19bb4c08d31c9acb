using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SegmentAI.Host.Channels.Teams.Activities;
using SegmentAI.Host.Channels.Teams.Configuration;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// Checks that a request comes from the Bot Connector, as the Bot Framework's authentication protocol describes: an
/// RS256 JWT from <c>https://api.botframework.com</c> for our app id, signed by a key of the OpenID metadata, within
/// its lifetime (with clock skew); then that the key is endorsed for the activity's channel and the token's
/// <c>serviceurl</c> claim is the activity's serviceUrl — so a reply can never be sent to a URL the caller chose.
/// </summary>
/// <remarks>
/// Microsoft.IdentityModel reads and validates the token; only the Bot Framework's additions (endorsements and the
/// serviceurl claim) and the wording of rejections are ours. The library's messages can quote the token, so they are
/// logged at Debug and never returned.
/// </remarks>
internal sealed partial class BotConnectorAuthentication
{
    private const string Algorithm = SecurityAlgorithms.RsaSha256;

    private const string Malformed = "The bearer token is not a well-formed JWT.";

    private const string WrongAlgorithm = $"The token is not signed with {Algorithm}, the only algorithm accepted.";

    private readonly BotConnectorMetadata _metadata;
    private readonly TeamsOptions _options;
    private readonly ILogger<BotConnectorAuthentication> _logger;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new();

    public BotConnectorAuthentication(
        BotConnectorMetadata metadata, IOptions<TeamsOptions> options, ILogger<BotConnectorAuthentication> logger, TimeProvider? time = null)
    {
        _metadata = metadata;
        _options = options.Value;
        _logger = logger;
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

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(authorization[Scheme.Length..].Trim());
        }
        catch (ArgumentException ex)
        {
            LogUnreadable(_logger, ex);
            return TokenCheck.Rejected(Malformed);
        }

        // Checked before the signature so the rejection names the algorithm: the library folds an algorithm it will
        // not use into "signature validation failed". ValidAlgorithms below enforces the same.
        if (token.Alg != Algorithm)
        {
            return TokenCheck.Rejected(WrongAlgorithm);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return TokenCheck.Rejected("The token's header names no signing key (kid).");
        }

        var keys = await _metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(token, Parameters(keys)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await _metadata.RefreshAsync(keys, cancellationToken).ConfigureAwait(false) is { } refreshed)
        {
            result = await _handler.ValidateTokenAsync(token, Parameters(refreshed)).ConfigureAwait(false);
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken verified)
        {
            LogInvalid(_logger, result.Exception);
            return TokenCheck.Rejected(Problem(result.Exception));
        }

        var serviceUrl = verified.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return TokenCheck.Verified(new VerifiedToken(serviceUrl, Endorsements(verified.SigningKey)));
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

    private TokenValidationParameters Parameters(SigningKeySnapshot keys) => new()
    {
        ValidIssuer = _options.Issuer,
        ValidAudience = _options.AppId,
        IgnoreTrailingSlashWhenValidatingAudience = false,
        ValidAlgorithms = [Algorithm],
        IssuerSigningKeys = keys.Keys,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        LifetimeValidator = CheckLifetime,
    };

    /// <summary>
    /// The token's lifetime on our clock, with <see cref="TeamsOptions.ClockSkew"/> either side. The library's own check
    /// reads the system clock and also refuses a not-before later than the expiry, which inbound tokens were never
    /// held to. It throws the library's exception types, so <see cref="Problem"/> words the rejection.
    /// </summary>
    private bool CheckLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (now - _options.ClockSkew > expiry)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiry };
        }

        if (notBefore is { } start && now + _options.ClockSkew < start)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        return true;
    }

    // A missing key is a kind of invalid signature, so it is matched first.
    private string Problem(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with a key the Bot Connector's OpenID metadata does not list.",
        SecurityTokenInvalidAlgorithmException => WrongAlgorithm,
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenNoExpirationException => "The token has no expiry (exp).",
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet (nbf).",
        SecurityTokenInvalidAudienceException => "The token is not meant for this bot (its audience is not Teams:AppId).",
        SecurityTokenInvalidIssuerException => $"The token was not issued by {_options.Issuer}.",
        SecurityTokenMalformedException => Malformed,
        _ => "The token could not be validated.",
    };

    /// <summary>The channels the verifying key is endorsed for, from the <c>endorsements</c> array the Bot Framework adds to its keys.</summary>
    private static string[] Endorsements(SecurityKey? key) =>
        key is JsonWebKey jwk && jwk.AdditionalData.TryGetValue("endorsements", out var value)
            && value is JsonElement { ValueKind: JsonValueKind.Array } list
            ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    [LoggerMessage(Level = LogLevel.Debug, Message = "A Bot Connector bearer token could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A Bot Connector token failed validation")]
    private static partial void LogInvalid(ILogger logger, Exception? exception);
}
