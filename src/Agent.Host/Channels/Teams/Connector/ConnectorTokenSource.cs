using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Channels.Teams.Configuration;

namespace SegmentAI.Host.Channels.Teams.Connector;

/// <summary>
/// Tokens for calling the Bot Connector, from the client-credentials flow of the bot's app registration. A token is
/// reused until shortly before it expires; callers that need one at the same time share a single request.
/// </summary>
internal sealed partial class ConnectorTokenSource : IDisposable
{
    public const string HttpClientName = "SegmentAI.Teams.Token";

    // Renewed this long before expiry, so a token never runs out between being handed out and being used.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _http;
    private readonly TeamsOptions _options;
    private readonly ILogger<ConnectorTokenSource> _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _token;

    public ConnectorTokenSource(IHttpClientFactory http, IOptions<TeamsOptions> options, ILogger<ConnectorTokenSource> logger, TimeProvider? time = null)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>False in development mode without credentials: replies then go out without a token.</summary>
    public bool HasCredentials => !string.IsNullOrWhiteSpace(_options.AppId) && !string.IsNullOrWhiteSpace(_options.AppPassword);

    /// <summary>A valid access token, or null when no credentials are configured.</summary>
    /// <exception cref="ConnectorException">The token endpoint refused the credentials or could not be reached.</exception>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (!HasCredentials)
        {
            return null;
        }

        if (Fresh(_token) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_token) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var token = await RequestAsync(cancellationToken).ConfigureAwait(false);
            _token = token;
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops <paramref name="token"/> after the Bot Connector refused it, so the next call gets a new one.</summary>
    public void Invalidate(string token)
    {
        var current = _token;
        if (current is not null && current.Value == token)
        {
            Interlocked.CompareExchange(ref _token, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh(CachedToken? token) => token is not null && _time.GetUtcNow() < token.RenewAt ? token.Value : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = _options.ResolveTokenEndpoint();
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.AppId!),
            new("client_secret", _options.AppPassword!),
            new("scope", _options.TokenScope),
        ]);
        var client = _http.CreateClient(HttpClientName);
        var requestedAt = _time.GetUtcNow();
        try
        {
            using var response = await client.PostAsync(endpoint, form, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException($"The token endpoint {endpoint} refused the bot's credentials ({(int)response.StatusCode}): {Describe(body)}");
            }

            var (value, lifetime) = Parse(body, endpoint);
            var margin = lifetime / 2 < RenewalMargin ? lifetime / 2 : RenewalMargin;
            LogTokenAcquired(_logger, endpoint.Host, lifetime.TotalSeconds);
            return new CachedToken(value, requestedAt + lifetime - margin);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException($"The token endpoint {endpoint} could not be reached: {ex.Message}", ex);
        }
    }

    private static (string Value, TimeSpan Lifetime) Parse(string body, Uri endpoint)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var value = root.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
            var seconds = root.TryGetProperty("expires_in", out var expires)
                ? expires.ValueKind switch
                {
                    JsonValueKind.Number when expires.TryGetInt64(out var n) => n,
                    JsonValueKind.String when long.TryParse(expires.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
                    _ => 0,
                }
                : 0;
            return string.IsNullOrEmpty(value) || seconds <= 0
                ? throw new ConnectorException($"The token endpoint {endpoint} answered without access_token and expires_in.")
                : (value, TimeSpan.FromSeconds(seconds));
        }
        catch (JsonException ex)
        {
            throw new ConnectorException($"The token endpoint {endpoint} answered with something other than JSON.", ex);
        }
    }

    // Entra's error_description is several lines (trace and correlation ids); the first says what is wrong.
    private static string Describe(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.TryGetProperty("error", out var e) ? e.ToString() : "error";
            var description = json.RootElement.TryGetProperty("error_description", out var d) ? d.ToString() : "";
            return $"{error} {description.Split('\n', 2)[0].Trim()}".Trim();
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acquired a Bot Connector token from {Host}, valid for {Seconds} s")]
    private static partial void LogTokenAcquired(ILogger logger, string host, double seconds);

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);
}
