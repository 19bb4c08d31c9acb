using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Members;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Exports;

/// <summary>
/// Sends a segment's member keys to a tenant's webhook: JSON POSTs of at most <see cref="WebhookOptions.KeysPerPost"/>
/// keys each, signed with the destination's secret (<see cref="WebhookSignature"/>), each retried with exponential
/// back-off when the receiver does not answer or answers 408, 429 or 5xx (its Retry-After wins). Any other answer
/// stops the delivery: the receiver refused it, and sending it again would not change that.
/// </summary>
public sealed partial class WebhookDelivery
{
    /// <summary>Name of the HTTP client deliveries use.</summary>
    public const string HttpClientName = "segmentai-webhooks";

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly IHttpClientFactory _http;
    private readonly WebhookOptions _options;
    private readonly ILogger<WebhookDelivery> _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the sender; <paramref name="options"/> come from <c>SegmentAI:Webhooks</c>.</summary>
    public WebhookDelivery(IHttpClientFactory http, IOptions<WebhookOptions> options, ILogger<WebhookDelivery> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _logger = logger;
        _time = time;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (_options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.Retries,
                Delay = _options.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = args => ValueTask.FromResult(TransientHttpFailures.IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(TransientHttpFailures.RetryAfter(args.Outcome.Result, _time, LongestRetryAfter)),
                OnRetry = args =>
                {
                    LogRetry(_logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode, args.RetryDelay.TotalMilliseconds);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.AddTimeout(_options.Timeout).Build();
    }

    /// <summary>Sends the members of <paramref name="run"/>, saved as <paramref name="segmentId"/>, to <paramref name="destination"/>.</summary>
    public async Task<SegmentDelivery> SendAsync(
        DeliveryDestination destination, SegmentRun run, string segmentId, string segmentName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(run);
        if (destination.ResolveSecret() is not { } secret)
        {
            return new SegmentDelivery(destination.Id, false, 0, 0, 0,
                $"its secret is not set ({destination.Secret} names an environment variable this host does not have); ask your admin to set it");
        }

        var keys = new List<string>();
        await foreach (var key in SegmentMembers.ReadAllAsync(run.Compiled, run.Warehouse, cancellationToken).ConfigureAwait(false))
        {
            if (keys.Count == _options.MaxKeys)
            {
                return new SegmentDelivery(destination.Id, false, 0, 0, 0,
                    $"the segment has more than {_options.MaxKeys:N0} members, the most one delivery sends; narrow it or download the CSV instead");
            }

            keys.Add(key);
        }

        var deliveryId = Guid.CreateVersion7(_time.GetUtcNow()).ToString("n");
        var parts = Math.Max(1, (keys.Count + _options.KeysPerPost - 1) / _options.KeysPerPost);
        var attempts = 0;
        for (var part = 1; part <= parts; part++)
        {
            var payload = new WebhookPayload(
                deliveryId, run.Compiled.Definition.Tenant ?? "", destination.Id, new WebhookSegment(segmentId, segmentName), run.AsOf,
                run.Compiled.KeyColumn, keys.Count, part, parts, keys.Skip((part - 1) * _options.KeysPerPost).Take(_options.KeysPerPost).ToList());
            var body = JsonSerializer.SerializeToUtf8Bytes(payload, Json);
            var (status, tries) = await PostAsync(destination, secret, $"{deliveryId}:{part}", body, cancellationToken).ConfigureAwait(false);
            attempts += tries;
            if (status is not { } code || (int)code is < 200 or > 299)
            {
                var what = status is { } refused ? $"answered {(int)refused} ({refused})" : "did not answer";
                var after = part == 1 ? "" : $" after {part - 1} of {parts} parts were delivered";
                LogFailed(_logger, destination.Id, part, parts, (int?)status);
                return new SegmentDelivery(destination.Id, false, keys.Count, parts, attempts, $"the receiver {what}{after}, {tries} attempt{(tries == 1 ? "" : "s")}");
            }
        }

        LogDelivered(_logger, destination.Id, keys.Count, parts, attempts);
        return new SegmentDelivery(destination.Id, true, keys.Count, parts, attempts, null);
    }

    private async Task<(HttpStatusCode? Status, int Attempts)> PostAsync(
        DeliveryDestination destination, string secret, string deliveryId, byte[] body, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var request = new HttpRequestMessage(HttpMethod.Post, destination.Url);
                    var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
                    request.Content = new ByteArrayContent(body);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
                    request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
                    request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
                    return await _http.CreateClient(HttpClientName).SendAsync(request, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return (response.StatusCode, attempts);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook POST failed (status {Status}); retry {Attempt} in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, int attempt, int? status, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery to {Destination} failed at part {Part} of {Parts} (status {Status})")]
    private static partial void LogFailed(ILogger logger, string destination, int part, int parts, int? status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Keys} keys to {Destination} in {Parts} parts and {Attempts} attempts")]
    private static partial void LogDelivered(ILogger logger, string destination, int keys, int parts, int attempts);

    private sealed record WebhookSegment(string Id, string Name);

    private sealed record WebhookPayload(
        string DeliveryId, string Tenant, string Destination, WebhookSegment Segment, DateOnly AsOf,
        string KeyColumn, long Total, int Part, int Parts, IReadOnlyList<string> Keys);
}
