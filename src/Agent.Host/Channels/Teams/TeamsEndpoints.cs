namespace SegmentAI.Host.Channels.Teams;

/// <summary>The Teams channel's endpoint: <c>POST /api/messages</c>, where the Bot Connector delivers activities.</summary>
internal static class TeamsEndpoints
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (HttpContext context, TeamsActivityHandler handler, CancellationToken cancellationToken) =>
            handler.HandleAsync(context, cancellationToken));
        return app;
    }
}
