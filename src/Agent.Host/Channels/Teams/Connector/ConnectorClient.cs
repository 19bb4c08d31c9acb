using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SegmentAI.Host.Channels.Teams.Activities;
using SegmentAI.Host.Channels.Teams.Configuration;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Channels.Teams.Connector;

/// <summary>
/// Sends activities to the Bot Connector (<c>POST {serviceUrl}/v3/conversations/{id}/activities/{activityId}</c>) with
/// a bearer token. A 429, a 5xx, a network error or a timeout is retried a bounded number of times with exponential
/// back-off (Retry-After wins when the connector sends one); a 401 is retried once with a new token.
/// </summary>
internal sealed partial class ConnectorClient
{
    public const string HttpClientName = "SegmentAI.Teams.Connector";

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    private readonly IHttpClientFactory _http;
    private readonly ConnectorTokenSource _tokens;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorClient(
        IHttpClientFactory http, ConnectorTokenSource tokens, IOptions<TeamsOptions> options, ILogger<ConnectorClient> logger, TimeProvider? time = null)
    {
        _http = http;
        _tokens = tokens;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time };
        if (settings.ConnectorRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.ConnectorRetries,
                Delay = settings.ConnectorRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(TransientHttpFailures.IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(TransientHttpFailures.RetryAfter(args.Outcome.Result, _time, LongestRetryAfter)),
                OnRetry = args =>
                {
                    LogRetry(_logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.Build();
    }

    /// <summary>Posts <paramref name="activity"/> in reply to the activity of <paramref name="address"/>.</summary>
    /// <exception cref="ConnectorException">The connector refused it, or could not be reached after the retries.</exception>
    public async Task SendAsync(ReplyAddress address, OutgoingActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = address.ReplyUri();
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options);
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token => await PostAsync(uri, body, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException($"The Bot Connector at {uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} to a {activity.Type} activity.");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException($"The Bot Connector at {uri.Host} could not be reached: {ex.Message}", ex);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(uri, body, token, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || token is null)
        {
            return response;
        }

        // A token revoked or rotated before its expiry: one more try with a new one.
        response.Dispose();
        _tokens.Invalidate(token);
        token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendOnceAsync(uri, body, token, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri uri, byte[] body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _http.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector call failed (status {Status}); retry {Attempt} in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, int attempt, int? status, double delayMs, Exception? exception);
}
