using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Admission;
using SegmentAI.Host.Channels.Teams.Activities;
using SegmentAI.Host.Channels.Teams.Authentication;
using SegmentAI.Host.Channels.Teams.Cards;
using SegmentAI.Host.Channels.Teams.Configuration;
using SegmentAI.Host.Channels.Teams.Connector;
using SegmentAI.Host.Channels.Teams.Turns;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>: authenticates the Bot Connector, reads the activity and acts on it. A message is
/// admitted to <see cref="TeamsTurnQueue"/> and acknowledged with 200 at once — the Bot Connector gives up on slow
/// answers and retries, and a turn with a warehouse count can take seconds — then answered in the background. A
/// card's Action.Execute (an <c>adaptiveCard/action</c> invoke) is answered in the HTTP response, as Teams requires.
/// The bot joining a conversation queues a welcome; every other activity is acknowledged and ignored.
/// </summary>
internal sealed partial class TeamsActivityHandler
{
    private const string NotConfigured =
        "Teams channel is not configured: set Teams:Enabled=true, Teams:AppId and Teams:AppPassword (the bot's Azure Bot registration), " +
        "or Teams:Enabled=true with Teams:Authentication:Disabled=true for local development.";

    private const string UnknownAction = "not a SegmentAI card action: the data needs a verb (save, explain, rate or answer) and its fields";

    private readonly TeamsOptions _options;
    private readonly BotConnectorAuthentication _authentication;
    private readonly TeamsTurnQueue _queue;
    private readonly IServiceProvider _services;
    private readonly ChannelIdentityMap _identities;
    private readonly ILogger<TeamsActivityHandler> _logger;

    public TeamsActivityHandler(
        IOptions<TeamsOptions> options,
        BotConnectorAuthentication authentication,
        TeamsTurnQueue queue,
        IServiceProvider services,
        ChannelIdentityMap identities,
        ILogger<TeamsActivityHandler> logger)
    {
        _options = options.Value;
        _authentication = authentication;
        _queue = queue;
        _services = services;
        _identities = identities;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_options.Enabled)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Teams channel is not configured", detail: NotConfigured);
        }

        VerifiedToken? token = null;
        if (!_options.Authentication.Disabled)
        {
            TokenCheck check;
            try
            {
                check = await _authentication.VerifyAsync(context.Request.Headers.Authorization, cancellationToken).ConfigureAwait(false);
            }
            catch (SigningKeysUnavailableException ex)
            {
                LogKeysUnavailable(_logger, ex);
                context.Response.Headers.RetryAfter = "30";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Bot Connector tokens cannot be verified right now", detail: ex.Message);
            }

            if (check.Token is null)
            {
                LogRejected(_logger, StatusCodes.Status401Unauthorized, check.Problem);
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: check.Problem);
            }

            token = check.Token;
        }

        if (await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large",
                detail: $"The activity is larger than Teams:MaxActivityBytes ({_options.MaxActivityBytes} bytes).");
        }

        if (!ActivityReader.TryParse(body, out var activity, out var errors))
        {
            return Results.ValidationProblem(errors, title: "Invalid activity");
        }

        errors = ActivityReader.Validate(activity);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid activity");
        }

        if (token is not null && BotConnectorAuthentication.Authorize(token, activity) is { } forbidden)
        {
            LogRejected(_logger, StatusCodes.Status403Forbidden, forbidden);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: forbidden);
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && _services.GetService<IConversationEngine>() is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Conversation engine unavailable",
                detail: "No conversation engine is registered in this host, so Teams messages cannot be answered yet.");
        }

        return activity.Type switch
        {
            ActivityTypes.Message => Admit(context, activity),
            ActivityTypes.ConversationUpdate => Welcome(activity),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await InvokeAsync(activity, cancellationToken).ConfigureAwait(false),
            _ => Results.Ok(),
        };
    }

    private IResult Admit(HttpContext context, TeamsActivity activity)
    {
        // Action.Submit (the fallback of our buttons) arrives as a message whose value is the button's data.
        var text = activity.Value is { ValueKind: JsonValueKind.Object } value && CardActions.TextOf(value) is { } action
            ? action
            : BotMention.Strip(activity);
        if (text.Length == 0)
        {
            if (activity.Value is { ValueKind: JsonValueKind.Object })
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]>(StringComparer.Ordinal) { ["value"] = [UnknownAction] }, title: "Invalid activity");
            }

            // A bare @mention, or only an image: tell them what the bot can do.
            text = "help";
        }

        if (!_queue.TryEnqueue(new TeamsWork(ReplyAddress.Of(activity), ToMessage(activity, text))))
        {
            LogQueueFull(_logger);
            context.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                detail: "Too many Teams messages are waiting for an answer; send this one again in a few seconds.");
        }

        return Results.Ok();
    }

    private IResult Welcome(TeamsActivity activity)
    {
        var bot = activity.Recipient!.Id;
        if ((activity.MembersAdded ?? []).Any(m => string.Equals(m.Id, bot, StringComparison.Ordinal))
            && !_queue.TryEnqueue(TeamsWork.Welcome(ReplyAddress.Of(activity))))
        {
            LogQueueFull(_logger);
        }

        return Results.Ok();
    }

    private async Task<IResult> InvokeAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        JsonElement? action = activity.Value is { ValueKind: JsonValueKind.Object } value
                              && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object
            ? a
            : null;
        var verb = action is { } found && found.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        JsonElement? data = action is { } withData && withData.TryGetProperty("data", out var d) ? d : null;
        if (action is null || CardActions.TextOf(data, verb) is not { } text)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["value.action"] = [UnknownAction] }, title: "Invalid activity");
        }

        var message = ToMessage(activity, text);
        var target = new InvokeReplyTarget();
        await _services.GetRequiredService<ChannelConversation>().HandleAsync(message, target, cancellationToken).ConfigureAwait(false);
        var card = target.Reply is { } reply
            ? AdaptiveCards.For(reply, EntityNouns.For(_identities, message)) ?? AdaptiveCards.Text(reply.Text)
            : AdaptiveCards.Text("This action was already handled.");
        return Results.Json(new InvokeResponse(StatusCodes.Status200OK, AdaptiveCards.ContentType, card), ActivityJson.Options);
    }

    private static ChannelMessage ToMessage(TeamsActivity activity, string text)
    {
        var tenant = activity.TenantId!;
        var conversation = activity.Conversation!.Id!;
        var sender = activity.From!.AadObjectId is { Length: > 0 } aad ? aad : activity.From.Id!;

        // Activity ids are unique within a conversation only, so the delivery id carries both.
        return new ChannelMessage(
            ChannelNames.Teams, tenant, sender, ChannelSessions.For(ChannelNames.Teams, tenant, conversation, sender), text, $"{conversation}|{activity.Id}");
    }

    private async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = _options.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a Teams request with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Bot Connector signing keys are unavailable; Teams requests are refused with 503")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams queue is full; a message was turned away with 503")]
    private static partial void LogQueueFull(ILogger logger);
}
