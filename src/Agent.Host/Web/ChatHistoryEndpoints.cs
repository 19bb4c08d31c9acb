using SegmentAI.Host.Api;
using SegmentAI.Host.Web.Widget;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Web;

/// <summary>
/// <c>GET /api/chat/sessions/{session}?tenant=…&amp;user=…</c>: the turns of a conversation still in short-term memory,
/// so the widget can show it again after a reload. Only the user the session belongs to gets it; for anyone else, as
/// for an expired session, it does not exist.
/// </summary>
internal static class ChatHistoryEndpoints
{
    public static IEndpointRouteBuilder MapChatHistoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/chat/sessions/{session}", HistoryAsync).RequireCors(WidgetCors.PolicyName)
            .WithName("ChatHistory").WithTags("Chat").WithSummary("The turns of a conversation, to show it again after a reload")
            .Produces<ChatHistoryResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> HistoryAsync(
        string session, string? tenant, string? user, HttpContext context, IApiCallerResolver callers, ActiveWidgetLogin login, ISessionStore sessions,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(user))
        {
            return ApiProblems.Invalid("Invalid history request", string.IsNullOrWhiteSpace(tenant) ? "tenant" : "user",
                "send the tenant id and your user id as ?tenant=…&user=…, as in the chat messages");
        }

        var resolution = await callers.ResolveAsync(context, new ApiCallerClaim(tenant.Trim(), user.Trim()), cancellationToken).ConfigureAwait(false);
        if (!resolution.Admitted)
        {
            return resolution.Problem;
        }

        var caller = resolution.Caller;
        if (await login.Login.IdentifyAsync(context, caller.UserId, cancellationToken).ConfigureAwait(false) is not { } userId)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not signed in as this user",
                detail: $"The {login.Login.Scheme} login does not let this request read '{caller.UserId}''s conversations. Sign in again.");
        }

        SessionState? state;
        try
        {
            state = await sessions.LoadAsync(caller.Tenant.Id, session.Trim(), cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            return ApiProblems.MemoryUnavailable(ex.Store);
        }

        return state is null || !string.Equals(state.UserId, userId, StringComparison.Ordinal)
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such conversation",
                detail: "This conversation has ended (conversations are kept for 24 hours) or is not yours. Start a new one.")
            : Results.Ok(new ChatHistoryResource(state.SessionId, state.EarlierTurns, state.Turns.Select(ChatHistoryTurn.From).ToList()));
    }
}
