
namespace SegmentAI.Host.Web.Widget;

/// <summary>
/// The chat widget: its page at <c>/</c>, the embeddable <c>/widget.js</c> with its stylesheet, and the sign-in
/// screen it asks for at <c>/api/widget/login</c>.
/// </summary>
internal static class WidgetEndpoints
{
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        // Resolved now so a Widget:Login naming no registered login stops the host at start, not at the first visitor.
        _ = app.ServiceProvider.GetRequiredService<ActiveWidgetLogin>();

        var page = WidgetAsset.Load("index.html", "text/html; charset=utf-8");
        var script = WidgetAsset.Load("widget.js", "text/javascript; charset=utf-8");
        var style = WidgetAsset.Load("widget.css", "text/css; charset=utf-8");
        app.MapGet("/", page.ToResult);
        app.MapGet("/widget.js", script.ToResult);
        app.MapGet("/widget.css", style.ToResult);
        app.MapGet("/api/widget/login", DescribeLoginAsync).RequireCors(WidgetCors.PolicyName);
        return app;
    }

    private static async Task<IResult> DescribeLoginAsync(HttpContext context, ActiveWidgetLogin login, string? tenant, CancellationToken cancellationToken)
    {
        var screen = await login.Login.DescribeAsync(context, string.IsNullOrWhiteSpace(tenant) ? null : tenant.Trim(), cancellationToken).ConfigureAwait(false);
        if (tenant is not null && screen.Tenants.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant",
                detail: $"No tenant '{tenant}' is configured; check the data-tenant attribute of the widget's script tag.");
        }

        return Results.Ok(screen);
    }
}
