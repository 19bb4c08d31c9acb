using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentAI.Memory.Hosting;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Web;

/// <summary>Builds the web host: services from each project's <c>AddXxx</c>, endpoints from <c>MapXxx</c>.</summary>
internal static class AgentWebApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSegmentSkills();
        builder.Services.AddAgentMemory();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapStatusPage();
        app.MapTenantEndpoints();
        app.MapSegmentEndpoints();
        return app;
    }
}
