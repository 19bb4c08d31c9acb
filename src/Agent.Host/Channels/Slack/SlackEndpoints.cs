using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// The Slack channel's endpoints. <c>POST /api/slack/events</c> (Events API) and <c>POST /api/slack/interactions</c>
/// (button clicks) verify Slack's signature on the raw body before reading anything else, then acknowledge at once
/// and leave the turn to <see cref="SlackTurnWorker"/>, since Slack wants an answer within three seconds.
/// </summary>
internal static partial class SlackEndpoints
{
    public const string EventsPath = "/api/slack/events";

    public const string InteractionsPath = "/api/slack/interactions";

    // Slack's requests are a few kilobytes; anything far larger is not from Slack and is refused before it is hashed.
    private const int MaxBodyBytes = 1 << 20;

    private const string LoggerCategory = "SegmentAI.Host.Channels.Slack";

    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(EventsPath, EventsAsync);
        app.MapPost(InteractionsPath, InteractionsAsync);
        return app;
    }

    private static async Task<IResult> EventsAsync(
        HttpContext context, IOptions<SlackOptions> options, SlackRequestVerifier verifier, SlackTurnQueue queue, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadVerifiedAsync(context.Request, options.Value, verifier, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        SlackEnvelope envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SlackEnvelope>(body, SlackJson.Options) ?? throw new JsonException("expected an object, got null");
        }
        catch (JsonException ex)
        {
            return Invalid("$", $"the body is not a Slack event envelope: {JsonErrorText.Reason(ex)}");
        }

        var logger = loggers.CreateLogger(LoggerCategory);
        switch (envelope.Type)
        {
            case "url_verification":
                return string.IsNullOrEmpty(envelope.Challenge)
                    ? Invalid("challenge", "url_verification needs a challenge to echo")
                    : Results.Json(new { challenge = envelope.Challenge });
            case "event_callback":
                if (context.Request.Headers["X-Slack-Retry-Num"] is { Count: > 0 } retry)
                {
                    LogRetry(logger, envelope.EventId, retry.ToString(), context.Request.Headers["X-Slack-Retry-Reason"].ToString());
                }

                if (SlackInbound.FromEvent(envelope, options.Value.BotUserId, out var ignored) is { } turn)
                {
                    Enqueue(queue, turn, logger);
                }
                else
                {
                    LogIgnored(logger, envelope.EventId, ignored);
                }

                return Results.Ok();
            default:
                LogIgnored(logger, envelope.EventId, $"envelope type {envelope.Type}");
                return Results.Ok();
        }
    }

    private static async Task<IResult> InteractionsAsync(
        HttpContext context, IOptions<SlackOptions> options, SlackRequestVerifier verifier, SlackTurnQueue queue, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadVerifiedAsync(context.Request, options.Value, verifier, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (!form.TryGetValue("payload", out var payload) || string.IsNullOrWhiteSpace(payload))
        {
            return Invalid("payload", "the form has no payload field; Slack sends interactions as payload=<JSON>");
        }

        SlackInteraction interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<SlackInteraction>(payload.ToString(), SlackJson.Options) ?? throw new JsonException("expected an object, got null");
        }
        catch (JsonException ex)
        {
            return Invalid("payload", $"the payload is not a Slack interaction: {JsonErrorText.Reason(ex)}");
        }

        var logger = loggers.CreateLogger(LoggerCategory);
        if (interaction.Type != "block_actions")
        {
            LogIgnored(logger, interaction.TriggerId, $"interaction type {interaction.Type}");
            return Results.Ok();
        }

        if (!Uri.TryCreate(interaction.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            return Invalid("response_url", "a button click needs the absolute response_url to answer through");
        }

        if (!options.Value.AllowsResponseUrl(responseUrl))
        {
            return Invalid("response_url", $"response_url host {responseUrl.Host} is not allowed: only https URLs of {string.Join(", ", options.Value.AllowedResponseUrlHosts)} (Slack:AllowedResponseUrlHosts) are answered");
        }

        var turn = SlackInbound.FromInteraction(interaction, responseUrl, out var missing, out var ignored);
        if (missing.Count > 0)
        {
            return Results.ValidationProblem(
                missing.ToDictionary(field => field, field => new[] { $"{field} is required in a block_actions payload" }, StringComparer.Ordinal),
                title: "Invalid Slack interaction");
        }

        if (turn is null)
        {
            LogIgnored(logger, interaction.TriggerId, ignored);
            return Results.Ok();
        }

        Enqueue(queue, turn, logger);
        return Results.Ok();
    }

    private static async Task<(byte[] Body, IResult? Problem)> ReadVerifiedAsync(
        HttpRequest request, SlackOptions options, SlackRequestVerifier verifier, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            return ([], Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: options.Enabled ? "Slack channel is not configured: set Slack:SigningSecret and Slack:BotToken" : "Slack channel is disabled",
                detail: options.Enabled
                    ? "The Slack app's signing secret and bot token are needed to verify Slack's requests and to answer them."
                    : "Slack:Enabled is false; set it to true (with Slack:SigningSecret and Slack:BotToken) to answer Slack."));
        }

        if (request.HttpContext.RequestServices.GetService<IConversationEngine>() is null)
        {
            return ([], Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Conversation engine unavailable",
                detail: "No conversation engine is registered in this host, so Slack cannot be answered yet."));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return ([], TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return ([], TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var failure = verifier.Verify(
            options.SigningSecret!,
            request.Headers[SlackRequestVerifier.TimestampHeader].ToString(),
            request.Headers[SlackRequestVerifier.SignatureHeader].ToString(),
            body);
        return failure == SlackSignatureFailure.None ? (body, null) : (body, Unauthorized(failure));
    }

    private static IResult Unauthorized(SlackSignatureFailure failure) => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: failure switch
        {
            SlackSignatureFailure.MissingHeaders => "Missing Slack signature",
            SlackSignatureFailure.Malformed => "Malformed Slack signature",
            SlackSignatureFailure.StaleTimestamp => "Stale Slack request",
            _ => "Invalid Slack signature",
        },
        detail: failure switch
        {
            SlackSignatureFailure.MissingHeaders => $"Requests must carry {SlackRequestVerifier.SignatureHeader} and {SlackRequestVerifier.TimestampHeader}, as Slack sends them.",
            SlackSignatureFailure.Malformed => $"{SlackRequestVerifier.SignatureHeader} must be v0= and 64 hex digits, and {SlackRequestVerifier.TimestampHeader} Unix seconds.",
            SlackSignatureFailure.StaleTimestamp => $"{SlackRequestVerifier.TimestampHeader} is more than 5 minutes from now: a replayed request, or this host's clock is off.",
            _ => "The signature does not match the body; check that Slack:SigningSecret is the app's signing secret (Basic Information → App Credentials).",
        });

    private static IResult TooLarge() => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Slack request too large",
        detail: $"Slack requests are a few kilobytes; this one is over {MaxBodyBytes / 1024} KB.");

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] }, title: "Invalid Slack request");

    private static void Enqueue(SlackTurnQueue queue, SlackTurn turn, ILogger logger)
    {
        if (queue.TryEnqueue(turn))
        {
            return;
        }

        // Slack still gets its acknowledgement: a retry would find the queue just as full.
        if (queue.TryEnqueueBusy(turn))
        {
            LogBusy(logger, turn.Message.Workspace);
        }
        else
        {
            LogDropped(logger, turn.Message.Workspace);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Slack delivery {DeliveryId}: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string? deliveryId, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack retry {RetryNum} ({RetryReason}) of event {EventId}")]
    private static partial void LogRetry(ILogger logger, string? eventId, string retryNum, string retryReason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack worker queue is full; a sender from workspace {Workspace} is told the agent is busy")]
    private static partial void LogBusy(ILogger logger, string workspace);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Slack worker queue and the busy notices are full; a message from workspace {Workspace} was dropped")]
    private static partial void LogDropped(ILogger logger, string workspace);
}
