using System.Net;
using Polly;
using Polly.Timeout;

namespace SegmentAI.Skills.Hosting;

/// <summary>
/// What an outgoing HTTP call may retry, for every client that posts to someone else's server (the Bot Connector,
/// webhook destinations): no answer, a time-out, 408, 429 or 5xx; and how long the server asked to wait.
/// </summary>
public static class TransientHttpFailures
{
    /// <summary>True when <paramref name="outcome"/> may succeed if sent again; a cancellation the caller asked for never is.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        outcome.Result is { } response
            ? response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500
            : outcome.Exception is HttpRequestException or TimeoutRejectedException
                || (outcome.Exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>The wait the server's <c>Retry-After</c> asks for, at most <paramref name="longest"/>; null when it names none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time, TimeSpan longest)
    {
        ArgumentNullException.ThrowIfNull(time);
        var delay = response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, longest.Ticks)) : null;
    }
}
