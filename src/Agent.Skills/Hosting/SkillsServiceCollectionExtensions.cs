using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Exports;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reasoning core: repository layout, tenants and their catalogs, size estimation, skills, facet retrieval.</summary>
public static class SkillsServiceCollectionExtensions
{
    /// <summary>Adds the reasoning core, configured from the <c>SegmentAI</c> section.</summary>
    public static IServiceCollection AddSegmentSkills(this IServiceCollection services)
    {
        services.AddOptions<SegmentAiOptions>().BindConfiguration(SegmentAiOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SegmentAiOptions>>().Value.Layout());
        services.AddSingleton(sp => TenantDirectory.Load(
            sp.GetRequiredService<IOptions<SegmentAiOptions>>().Value.TenantsFolder(sp.GetRequiredService<RepositoryLayout>())));
        services.AddSingleton<SizeEstimator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SegmentRunner>();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName);
        services.AddHttpClient(WebhookDelivery.HttpClientName);
        services.AddSingleton<WebhookDelivery>();
        services.AddSkillSystem();
        services.AddFacetRetrieval();
        services.AddConversationEngine();
        return services;
    }
}
