namespace SegmentAI.Host.Channels.Slack;

/// <summary>The Slack channel's settings (section <c>Slack</c>): the app's signing secret and bot token, and how turns are run.</summary>
internal sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>The one host Slack sends response URLs from; always allowed.</summary>
    public const string SlackResponseHost = "hooks.slack.com";

    /// <summary>The host Slack's upload URLs point at.</summary>
    public const string SlackFileHost = "files.slack.com";

    /// <summary>False turns the channel off even when it is configured.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Signing secret of the Slack app (Basic Information → App Credentials), for verifying requests.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot token (<c>xoxb-…</c>) for <c>chat.postMessage</c> and <c>chat.update</c>.</summary>
    public string? BotToken { get; set; }

    /// <summary>The bot's own user id; events name it in <c>authorizations</c>, so this is needed only when they don't.</summary>
    public string? BotUserId { get; set; }

    /// <summary>Base address of the Slack Web API.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>
    /// Hosts whose response URLs are answered; anything else could make the host post to an address of an attacker's
    /// choosing. Configured hosts are added to <see cref="SlackResponseHost"/>.
    /// </summary>
    public IList<string> AllowedResponseUrlHosts { get; } = new List<string> { SlackResponseHost };

    /// <summary>How long one call to Slack may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Turns run at the same time; each thread's turns run in order on one of them.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Turns waiting per worker; when full, the sender is told the agent is busy.</summary>
    public int QueueCapacity { get; set; } = 64;

    /// <summary>How often a call Slack answered with 429 is tried again, waiting its Retry-After each time.</summary>
    public int RateLimitRetries { get; set; } = 2;

    /// <summary>The longest Retry-After worth waiting for; a longer one fails the call.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when the channel is enabled and has what it needs to verify requests and answer them.</summary>
    public bool IsConfigured => Enabled && !string.IsNullOrWhiteSpace(SigningSecret) && !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The Web API address of <paramref name="method"/> (<c>chat.postMessage</c>).</summary>
    public Uri ApiMethod(string method) =>
        new(new Uri(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute), method);

    /// <summary>
    /// True when <paramref name="uploadUrl"/>, as <c>files.getUploadURLExternal</c> gave it, may receive a file: Slack's
    /// file host, or the configured Web API's own host (a local stand-in), over https or over http only on loopback.
    /// </summary>
    public bool AllowsUploadUrl(Uri uploadUrl)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        if (!uploadUrl.IsAbsoluteUri || !string.IsNullOrEmpty(uploadUrl.UserInfo))
        {
            return false;
        }

        var secure = uploadUrl.Scheme == Uri.UriSchemeHttps || (uploadUrl.Scheme == Uri.UriSchemeHttp && uploadUrl.IsLoopback);
        return secure && (string.Equals(uploadUrl.IdnHost, SlackFileHost, StringComparison.OrdinalIgnoreCase)
            || string.Equals(uploadUrl.IdnHost, ApiMethod("files.getUploadURLExternal").IdnHost, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when <paramref name="responseUrl"/> may be posted to: an allowed host over https, or over http only on
    /// loopback (a local stand-in for Slack).
    /// </summary>
    public bool AllowsResponseUrl(Uri responseUrl)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        if (!responseUrl.IsAbsoluteUri || !string.IsNullOrEmpty(responseUrl.UserInfo))
        {
            return false;
        }

        var secure = responseUrl.Scheme == Uri.UriSchemeHttps || (responseUrl.Scheme == Uri.UriSchemeHttp && responseUrl.IsLoopback);
        return secure && AllowedResponseUrlHosts.Any(host => string.Equals(host.Trim(), responseUrl.IdnHost, StringComparison.OrdinalIgnoreCase));
    }
}
