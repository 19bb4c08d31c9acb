using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Channels.Slack;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Slack channel (options in <c>Slack</c>).</summary>
internal static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Adds the request verifier, the Web API client (through <see cref="IHttpClientFactory"/>, with
    /// <c>Slack:RequestTimeout</c>), the turn queue and its worker. The endpoints answer 404 until the channel is configured.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section)
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) && (api.Scheme == Uri.UriSchemeHttps || api.Scheme == Uri.UriSchemeHttp),
                "Slack:ApiBaseUrl must be an absolute http(s) URL, e.g. https://slack.com/api/.")
            .Validate(o => o.Workers is >= 1 and <= 64 && o.QueueCapacity >= 1,
                "Slack:Workers must be between 1 and 64 and Slack:QueueCapacity at least 1.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.MaxRetryAfter >= TimeSpan.Zero && o.RateLimitRetries >= 0,
                "Slack:RequestTimeout must be a positive duration (e.g. 00:00:10), Slack:MaxRetryAfter and Slack:RateLimitRetries not negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackWebApi.ClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SlackOptions>>().Value.RequestTimeout);
        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackWebApi>();
        services.AddSingleton<SlackTurnQueue>();
        services.AddHostedService<SlackTurnWorker>();
        return services;
    }
}
