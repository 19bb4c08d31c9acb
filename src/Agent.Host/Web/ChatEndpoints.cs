using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Admission;
using SegmentAI.Host.Api;
using SegmentAI.Host.Web.Widget;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Web;

/// <summary>
/// The web channel: <c>POST /api/chat</c> answers with the reply JSON (the same contract as <c>chat --json</c>);
/// <c>POST /api/chat/stream</c> sends it as server-sent events for the widget: <c>typing</c> at once, <c>partial</c>
/// pieces of the reply text, then the whole <c>reply</c> (or an <c>error</c>). Who a message is from is the widget
/// login's call; pages on the origins in <c>Widget:AllowedOrigins</c> may call both endpoints from the browser.
/// </summary>
internal static class ChatEndpoints
{
    public const string Channel = ChannelNames.Web;

    private const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapChatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat", ReplyAsync).RequireCors(WidgetCors.PolicyName)
            .WithName("Chat").WithTags("Chat").WithSummary("Send one chat message and get the agent's reply (the chat contract)");
        app.MapPost("/api/chat/stream", StreamAsync).RequireCors(WidgetCors.PolicyName)
            .WithName("ChatStream").WithTags("Chat").WithSummary("Send one chat message; the reply streams back as server-sent events (typing, partial, reply)");
        return app;
    }

    private static async Task<IResult> ReplyAsync(
        HttpContext context, TenantDirectory tenants, ActiveWidgetLogin login, CancellationToken cancellationToken)
    {
        var (request, engine, problem) = await AdmitAsync(context, tenants, login, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var reply = await engine!.HandleAsync(request!, cancellationToken).ConfigureAwait(false);
        return reply.Error is { Code: ErrorCodes.RateLimited } limit
            ? TooMany(context, limit.RetryAfterSeconds ?? 1, reply.Text)
            : Results.Text(ChatJson.SerializeLine(reply), "application/json; charset=utf-8");
    }

    private static async Task<IResult> StreamAsync(
        HttpContext context, TenantDirectory tenants, ActiveWidgetLogin login, CancellationToken cancellationToken)
    {
        var (request, engine, problem) = await AdmitAsync(context, tenants, login, cancellationToken).ConfigureAwait(false);
        return problem ?? TypedResults.ServerSentEvents(ReplyEventsAsync(engine!, request!, cancellationToken));
    }

    // What only the web checks before a message joins the admission pipeline every channel shares: a bounded body, a
    // well-formed message, a caller the API's resolver admits (the proxy's key and identity where configured) and the
    // widget login's consent. Limits, logging and error replies are the pipeline's, so they read the same everywhere.
    private static async Task<(ChatRequest? Request, IConversationEngine? Engine, IResult? Problem)> AdmitAsync(
        HttpContext context, TenantDirectory tenants, ActiveWidgetLogin login, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadTextAsync(context.Request, RequestBody.ChatLimit(context), cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return (null, null, tooLarge);
        }

        if (!TryRead(body!, context.Request, tenants, context.RequestServices, out var message, out var engine, out var problem))
        {
            return (null, null, problem);
        }

        var resolver = context.RequestServices.GetRequiredService<IApiCallerResolver>();
        var resolution = await resolver.ResolveAsync(context, new ApiCallerClaim(message.Tenant!, message.User!), cancellationToken).ConfigureAwait(false);
        if (!resolution.Admitted)
        {
            // Whoever is turned away is limited by address, so unknown senders cannot flood the host with refusals.
            return (null, null, UnknownSenderOverLimit(context) ?? resolution.Problem);
        }

        var caller = resolution.Caller;
        if (await login.Login.IdentifyAsync(context, caller.UserId, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return (null, null, NotSignedIn(login.Login, caller.UserId));
        }

        var request = new ChatRequest(caller.Tenant.Id, user, message.Session, message.Text!, Channel, TrustUnknownUsers: false, message.AsOf,
            MessageId: IdempotencyKey(context.Request, message));

        // Named now, so the stream's first event already says which session the reply will be in.
        request = request with { SessionId = string.IsNullOrWhiteSpace(request.SessionId) ? ConversationIds.NewSession(request) : request.SessionId.Trim() };
        return (request, engine, null);
    }

    private static async IAsyncEnumerable<SseItem<string>> ReplyEventsAsync(
        IConversationEngine engine, ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // An event with no data is never dispatched by EventSource, so typing carries the session it is for.
        yield return new SseItem<string>(JsonSerializer.Serialize(new { session_id = request.SessionId }), "typing");

        // A failed or limited turn is the pipeline's error reply (a failure logged with its exception and trace id),
        // streamed like any other.
        var reply = await engine.HandleAsync(request, cancellationToken).ConfigureAwait(false);

        // The engine answers a turn as a whole; its text goes out line by line so the widget shows it as it arrives
        // and a streaming engine can later send the same events while it writes.
        foreach (var piece in Pieces(reply.Text))
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(new { delta = piece }), "partial");
        }

        yield return new SseItem<string>(ChatJson.SerializeLine(reply), "reply");
    }

    /// <summary>The text in line-sized pieces that concatenate back to it exactly.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            yield return text[start..end];
            start = end;
        }
    }

    private static IResult? UnknownSenderOverLimit(HttpContext context)
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<IOptions<ChannelOptions>>().Value.RateLimitsEnabled
            || services.GetRequiredService<TurnRateLimiter>().TryAdmitAddress(context.Connection.RemoteIpAddress?.ToString() ?? "unknown") is not { } retryAfter)
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return TooMany(context, seconds, $"Too many requests from this address were turned away. Wait about {seconds} seconds, then send it again.");
    }

    // The detail is the same text the pipeline gives every channel for a limit.
    private static IResult TooMany(HttpContext context, int retryAfterSeconds, string detail)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many messages", detail: detail);
    }

    private static IResult NotSignedIn(IWidgetLogin login, string userId) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not signed in as this user",
            detail: $"The {login.Scheme} login does not let this request write as '{userId}'. Sign in again, then resend the message.");

    // The Idempotency-Key header wins over the body's message_id; both were checked by TryRead.
    private static string? IdempotencyKey(HttpRequest request, ChatMessage message) =>
        request.Headers[IdempotencyHeader].ToString() is { Length: > 0 } header ? header.Trim() : message.MessageId?.Trim();

    private static bool TryRead(
        string body,
        HttpRequest http,
        TenantDirectory tenants,
        IServiceProvider services,
        [NotNullWhen(true)] out ChatMessage? message,
        [NotNullWhen(true)] out IConversationEngine? engine,
        [NotNullWhen(false)] out IResult? problem)
    {
        engine = null;
        if (!TryParse(body, out message, out problem))
        {
            return false;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Require(errors, "tenant", message.Tenant);
        Require(errors, "user", message.User);
        Require(errors, "text", message.Text);
        NoControlCharacters(errors, "user", message.User);
        NoControlCharacters(errors, "session", message.Session);
        Check(errors, "session", message.Session is null || errors.ContainsKey("session") ? null : ConversationIds.Problem(message.Session.Trim(), "session"));
        Check(errors, "message_id", message.MessageId is null ? null : ConversationIds.Problem(message.MessageId.Trim(), "message_id"));
        var header = http.Headers[IdempotencyHeader].ToString();
        Check(errors, IdempotencyHeader, header.Length == 0 ? null : ConversationIds.Problem(header.Trim(), IdempotencyHeader));
        if (message.AsOf is { } asOf && !SupportedDates.Contains(asOf))
        {
            errors["as_of"] = [$"as_of must be between {SupportedDates.First:yyyy-MM-dd} and {SupportedDates.Last:yyyy-MM-dd}, the dates SegmentAI works with; got {asOf:yyyy-MM-dd}"];
        }

        if (errors.Count > 0)
        {
            message = null;
            problem = Results.ValidationProblem(errors, title: "Invalid chat message", detail: "Fix the fields listed in errors and send the message again.");
            return false;
        }

        if (tenants.Find(message.Tenant!) is null)
        {
            problem = Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant",
                detail: $"No tenant '{message.Tenant}' is configured. Known tenants: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}.");
            message = null;
            return false;
        }

        if (services.GetService<IConversationEngine>() is null)
        {
            problem = Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Conversation engine unavailable",
                detail: "No conversation engine is registered in this host, so chat cannot answer yet.");
            message = null;
            return false;
        }

        engine = services.GetRequiredKeyedService<IConversationEngine>(AdmissionServiceCollectionExtensions.PipelineKey);
        return true;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors[field] = [problem];
        }
    }

    private static bool TryParse(string body, [NotNullWhen(true)] out ChatMessage? message, [NotNullWhen(false)] out IResult? problem)
    {
        message = null;
        problem = null;
        try
        {
            message = JsonSerializer.Deserialize<ChatMessage>(body, SegmentJson.Options)
                ?? throw new JsonException("expected a chat message object, got null");
            return true;
        }
        catch (JsonException ex)
        {
            problem = Results.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [JsonErrorText.PathOf(ex)] = [$"invalid chat message JSON: {JsonErrorText.Reason(ex)}"] },
                title: "Invalid chat message", detail: "Fix the fields listed in errors and send the message again.");
            return false;
        }
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required"];
        }
    }

    // Ids are storage keys; a control character in one is a client bug, refused rather than quietly changed.
    private static void NoControlCharacters(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (value is not null && !ReferenceEquals(ControlCharacters.Strip(value), value))
        {
            errors[field] = [$"{field} must not contain control characters"];
        }
    }
}
