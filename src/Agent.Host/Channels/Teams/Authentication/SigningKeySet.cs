using System.Buffers.Text;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// The keys Bot Connector signs tokens with, from the OpenID metadata's <c>jwks_uri</c>. They are fetched on first
/// use, again after <see cref="TeamsOptions.SigningKeyRefreshInterval"/>, and early when a token names a key we do
/// not know (Microsoft rotated them) — but at most once per <see cref="TeamsOptions.SigningKeyMinimumRefreshInterval"/>,
/// so tokens with made-up key ids cannot turn every request into a fetch. Concurrent callers share one fetch.
/// </summary>
internal sealed partial class SigningKeySet : IDisposable
{
    public const string HttpClientName = "SegmentAI.Teams.OpenIdMetadata";

    // Bot Connector's keys are 2048-bit; anything weaker in the key set is not trusted.
    private const int MinimumModulusBytes = 256;

    private readonly IHttpClientFactory _http;
    private readonly TeamsOptions _options;
    private readonly ILogger<SigningKeySet> _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _keys;
    private DateTimeOffset? _lastAttempt;

    public SigningKeySet(IHttpClientFactory http, IOptions<TeamsOptions> options, ILogger<SigningKeySet> logger, TimeProvider? time = null)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The key with id <paramref name="keyId"/>, or null when the key set does not have it.</summary>
    /// <exception cref="SigningKeysUnavailableException">No keys were ever fetched and fetching failed.</exception>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken = default)
    {
        var keys = _keys;
        if (keys is null || _time.GetUtcNow() - keys.FetchedAt >= _options.SigningKeyRefreshInterval)
        {
            keys = await RefreshAsync(keys, cancellationToken).ConfigureAwait(false);
        }

        if (keys.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        keys = await RefreshAsync(keys, cancellationToken).ConfigureAwait(false);
        return keys.Keys.GetValueOrDefault(keyId);
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _keys;
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current;
            }

            var now = _time.GetUtcNow();
            if (current is not null && now - _lastAttempt < _options.SigningKeyMinimumRefreshInterval)
            {
                return current;
            }

            _lastAttempt = now;
            try
            {
                var fresh = new Snapshot(await FetchAsync(cancellationToken).ConfigureAwait(false), now);
                _keys = fresh;
                LogKeysFetched(_logger, fresh.Keys.Count);
                return fresh;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidDataException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (current is not null)
                {
                    // Keys that were good a moment ago are better than refusing every request until the metadata is back.
                    LogRefreshFailed(_logger, _options.OpenIdMetadataUrl, ex);
                    return current;
                }

                throw new SigningKeysUnavailableException($"the Bot Connector signing keys could not be fetched from {_options.OpenIdMetadataUrl}: {ex.Message}", ex);
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<FrozenDictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var client = _http.CreateClient(HttpClientName);
        string jwksUri;
        using (var metadata = await GetJsonAsync(client, new Uri(_options.OpenIdMetadataUrl), cancellationToken).ConfigureAwait(false))
        {
            jwksUri = metadata.RootElement.ValueKind == JsonValueKind.Object
                      && metadata.RootElement.TryGetProperty("jwks_uri", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new InvalidDataException("the OpenID metadata has no jwks_uri");
        }

        if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var keysUri) || (keysUri.Scheme != Uri.UriSchemeHttps && keysUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidDataException($"the OpenID metadata's jwks_uri '{jwksUri}' is not an http(s) URL");
        }

        using var jwks = await GetJsonAsync(client, keysUri, cancellationToken).ConfigureAwait(false);
        if (jwks.RootElement.ValueKind != JsonValueKind.Object || !jwks.RootElement.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{keysUri} is not a JSON Web Key Set (no keys array)");
        }

        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var entry in list.EnumerateArray())
        {
            if (Read(entry) is { } key)
            {
                keys[key.Id] = key;
            }
        }

        return keys.Count > 0 ? keys.ToFrozenDictionary(StringComparer.Ordinal) : throw new InvalidDataException($"{keysUri} lists no usable RSA signing key");
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static SigningKey? Read(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object
            || String(entry, "kty") != "RSA"
            || String(entry, "use") is { } use && use != "sig"
            || String(entry, "kid") is not { Length: > 0 } id)
        {
            return null;
        }

        try
        {
            var parameters = String(entry, "n") is { } n && String(entry, "e") is { } e
                ? new RSAParameters { Modulus = Base64Url.DecodeFromChars(n), Exponent = Base64Url.DecodeFromChars(e) }
                : FromCertificate(entry);
            if (parameters?.Modulus is not { Length: >= MinimumModulusBytes })
            {
                return null;
            }

            var endorsements = entry.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                : [];
            return new SigningKey(id, parameters.Value, endorsements);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private static RSAParameters? FromCertificate(JsonElement entry)
    {
        if (!entry.TryGetProperty("x5c", out var chain) || chain.ValueKind != JsonValueKind.Array || chain.GetArrayLength() == 0
            || chain[0].GetString() is not { } encoded)
        {
            return null;
        }

        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(encoded));
        using var rsa = certificate.GetRSAPublicKey();
        return rsa?.ExportParameters(includePrivateParameters: false);
    }

    private static string? String(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} Bot Connector signing keys")]
    private static partial void LogKeysFetched(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Bot Connector signing keys could not be refreshed from {MetadataUrl}; the keys fetched before stay in use")]
    private static partial void LogRefreshFailed(ILogger logger, string metadataUrl, Exception exception);

    private sealed record Snapshot(FrozenDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
