using Microsoft.AspNetCore.Cors.Infrastructure;

namespace SegmentAI.Host.Web.Widget;

/// <summary>The CORS policy of the endpoints the widget calls from pages on other origins.</summary>
internal static class WidgetCors
{
    public const string PolicyName = "widget";

    public static void AddPolicy(CorsOptions cors, WidgetOptions widget)
    {
        // No origins means no CORS headers at all, so only the host's own pages get answers.
        cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins([.. widget.AllowedOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type"));
    }
}
