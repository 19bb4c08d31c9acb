using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentAI.Host.Api;
using SegmentAI.Host.Channels.Slack;
using SegmentAI.Host.Channels.Teams;
using SegmentAI.Host.Telemetry;
using SegmentAI.Host.Web.Dashboard;
using SegmentAI.Host.Web.Widget;

namespace SegmentAI.Host.Web;

/// <summary>Builds the web host: services from each project's <c>AddXxx</c>, endpoints from <c>MapXxx</c>.</summary>
internal static class AgentWebApplication
{
    /// <summary>Builds the app; <paramref name="configureServices"/> runs after the defaults, so it can replace them.</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAgentServices(builder.Configuration);
        builder.Services.AddAgentTelemetry(builder.Configuration);
        builder.Services.AddAgentApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddWidget();
        builder.Services.AddPersonaDashboard();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseCors();
        app.UseMiddleware<ProxyKeyGate>();
        app.MapWidget();
        app.MapStatusPage();
        app.MapPersonaDashboard();
        app.MapTenantEndpoints();
        app.MapSegmentEndpoints();
        app.MapChatEndpoints();
        app.MapChatHistoryEndpoints();
        app.MapSlackChannel();
        app.MapTeamsChannel();
        app.MapAgentApi();
        return app;
    }
}
