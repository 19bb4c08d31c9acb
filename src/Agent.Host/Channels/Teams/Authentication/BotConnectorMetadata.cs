using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SegmentAI.Host.Channels.Teams.Configuration;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// The Bot Connector's OpenID metadata and signing keys, kept by Microsoft.IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: fetched on first use, again after
/// <see cref="TeamsOptions.SigningKeyRefreshInterval"/>, and early when a token names a key we do not know (Microsoft
/// rotated them) — but at most once per <see cref="TeamsOptions.SigningKeyMinimumRefreshInterval"/>, so tokens with
/// made-up key ids cannot turn every request into a fetch. When a refetch fails the keys fetched before stay in use.
/// </summary>
internal sealed partial class BotConnectorMetadata
{
    // The manager refreshes in the background by default, so a request that asked for a refresh would still be
    // checked against the old keys. Blocking makes RequestRefresh() followed by a read return the new keys, as a token
    // signed by a just-rotated key needs. The library reads this process-wide switch once, when its first configuration
    // manager or token handler is created, so it is set before ours are.
    private const string UpdateConfigAsBlocking = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TeamsOptions _options;
    private readonly ILogger<BotConnectorMetadata> _logger;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private SigningKeySnapshot? _current;
    private SigningKeySnapshot? _previous;
    private DateTimeOffset _lastFetch;

    public BotConnectorMetadata(IHttpClientFactory http, IOptions<TeamsOptions> options, ILogger<BotConnectorMetadata> logger, TimeProvider? time = null)
    {
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        AppContext.SetSwitch(UpdateConfigAsBlocking, isEnabled: true);
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), new MetadataDocumentRetriever(http), new SigningKeySetValidator())
        {
            // The library's floors (5 min, 1 s) are below the defaults; shorter settings are raised to them.
            AutomaticRefreshInterval = Max(_options.SigningKeyRefreshInterval, ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval),
            RefreshInterval = Max(_options.SigningKeyMinimumRefreshInterval, ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval),
        };
    }

    /// <summary>The signing keys in use, fetched first when there are none yet or they are due for a refresh.</summary>
    /// <exception cref="SigningKeysUnavailableException">No keys were ever fetched and fetching failed.</exception>
    public async Task<SigningKeySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            // The library's message quotes the metadata response; it goes to the log (as the inner exception), not to callers.
            throw new SigningKeysUnavailableException($"the Bot Connector signing keys could not be fetched from {_options.OpenIdMetadataUrl}", ex);
        }

        return Observe(configuration);
    }

    /// <summary>
    /// Fetches the keys again because a token named a key that <paramref name="seen"/> does not list: the newer keys,
    /// or null when there are none (refetched too recently, or the fetch failed and the old keys stay in use).
    /// </summary>
    /// <exception cref="SigningKeysUnavailableException">No keys were ever fetched and fetching failed.</exception>
    public async Task<SigningKeySnapshot?> RefreshAsync(SigningKeySnapshot seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        bool requested;
        lock (_gate)
        {
            // Another request may have refetched already; then its keys are read below without asking again.
            var now = _time.GetUtcNow();
            requested = ReferenceEquals(_current, seen) && now - _lastFetch >= _options.SigningKeyMinimumRefreshInterval;
            if (requested)
            {
                _lastFetch = now;
            }
        }

        if (requested)
        {
            LogRefetching(_logger);
            _manager.RequestRefresh();
        }

        var current = await GetAsync(cancellationToken).ConfigureAwait(false);
        if (!ReferenceEquals(current, seen))
        {
            return current;
        }

        if (requested)
        {
            LogRefreshFailed(_logger, _options.OpenIdMetadataUrl);
        }

        return null;
    }

    private SigningKeySnapshot Observe(OpenIdConnectConfiguration configuration)
    {
        lock (_gate)
        {
            // A request that read the metadata just before a refetch finishes later with the older configuration.
            if (_previous is { } older && ReferenceEquals(older.Configuration, configuration))
            {
                return older;
            }

            if (!ReferenceEquals(_current?.Configuration, configuration))
            {
                _previous = _current;
                _current = SigningKeySnapshot.Of(configuration);
                _lastFetch = _time.GetUtcNow();
                LogKeysFetched(_logger, _current.Keys.Count);
            }

            return _current;
        }
    }

    private static TimeSpan Max(TimeSpan value, TimeSpan floor) => value < floor ? floor : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} Bot Connector signing keys")]
    private static partial void LogKeysFetched(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A token names a signing key the Bot Connector metadata does not list; fetching the keys again")]
    private static partial void LogRefetching(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Bot Connector signing keys could not be refreshed from {MetadataUrl}; the keys fetched before stay in use")]
    private static partial void LogRefreshFailed(ILogger logger, string metadataUrl);
}
