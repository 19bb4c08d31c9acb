using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Readiness;

namespace SegmentAI.Host.Api;

/// <summary>Registers and maps the REST API: saved segments, skill promotion, event imports, readiness and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
internal static class ApiServices
{
    public static IServiceCollection AddAgentApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName)
            .Validate(
                o => o.Authentication != ApiAuthentication.Proxy || !string.IsNullOrWhiteSpace(o.ProxyKey),
                $"{ApiOptions.SectionName}:Authentication is {ApiAuthentication.Proxy} but {ApiOptions.SectionName}:ProxyKey is empty. Set it to the secret your proxy sends in {ApiProblems.ProxyKeyHeader}, or use {ApiAuthentication.Headers} on a trusted network.")
            .Validate(o => o.MaxChatBodyBytes >= 1024 && o.MaxBodyBytes >= 1024,
                $"{ApiOptions.SectionName}:MaxChatBodyBytes and {ApiOptions.SectionName}:MaxBodyBytes must be at least 1024 bytes.")
            .ValidateOnStart();
        services.TryAddSingleton<IApiCallerResolver, HeaderApiCallerResolver>();
        services.AddReadinessChecks();
        services.AddOpenApi(options => options.AddOperationTransformer<SegmentOperationTransformer>());
        return services;
    }

    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapReadiness();
        app.MapSegmentApi();
        app.MapSkillApi();
        app.MapEventImportApi();
        return app;
    }
}
