namespace SegmentAI.Host.Channels.Teams.Configuration;

/// <summary>
/// The Microsoft Teams channel (section <c>Teams</c>): the bot's Entra app registration, how Bot Connector tokens are
/// checked on the way in and obtained on the way out, and how replies are queued.
/// </summary>
internal sealed class TeamsOptions
{
    public const string Section = "Teams";

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string BotFrameworkOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    private const string MultiTenantTokenEndpoint = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>False (the default) leaves <c>/api/messages</c> answering 404 with how to turn the channel on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The app registration's client secret, for the client-credentials flow.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The Entra tenant of a single-tenant bot; its tokens then come from that tenant's authority.</summary>
    public string? AppTenantId { get; set; }

    /// <summary>Where outbound tokens are requested; derived from <see cref="AppTenantId"/> when empty.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>Scope of outbound tokens.</summary>
    public string TokenScope { get; set; } = BotFrameworkScope;

    /// <summary>
    /// OpenID metadata whose <c>jwks_uri</c> lists the keys Bot Connector signs with. Both must be https; plain http is
    /// accepted only on a loopback host (tests).
    /// </summary>
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadata;

    /// <summary>Issuer inbound tokens must carry.</summary>
    public string Issuer { get; set; } = BotFrameworkIssuer;

    /// <summary>Clock difference tolerated on a token's expiry and not-before times.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long fetched signing keys are used before they are fetched again (Microsoft rotates them rarely); at least
    /// 5 minutes, the floor of Microsoft.IdentityModel's configuration manager, which adds up to 5% jitter.
    /// </summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Least time between two key fetches caused by tokens signed with a key we do not know, so forged key ids cannot
    /// make every request a fetch. The configuration manager never refetches within a second of a fetch, whatever this says.
    /// </summary>
    public TimeSpan SigningKeyMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Timeout of one call to the Bot Connector, the token endpoint or the OpenID metadata.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a Bot Connector call that failed with 429, a 5xx or a network error is tried again.</summary>
    public int ConnectorRetries { get; set; } = 3;

    /// <summary>First wait before a retry; it doubles with each one (with jitter), unless Retry-After says otherwise.</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages admitted and not yet answered; more are turned away with 503 so the Bot Connector retries them later.</summary>
    public int QueueCapacity { get; set; } = 256;

    /// <summary>Turns answered at once; messages of one conversation are always answered in order.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Largest activity accepted, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Inbound authentication switches.</summary>
    public TeamsAuthenticationOptions Authentication { get; set; } = new();

    /// <summary>The token endpoint: the configured one, the app's tenant authority for single-tenant bots, or Bot Framework's.</summary>
    public Uri ResolveTokenEndpoint() => new(
        !string.IsNullOrWhiteSpace(TokenEndpoint) ? TokenEndpoint
        : !string.IsNullOrWhiteSpace(AppTenantId) ? $"https://login.microsoftonline.com/{Uri.EscapeDataString(AppTenantId.Trim())}/oauth2/v2.0/token"
        : MultiTenantTokenEndpoint);
}
