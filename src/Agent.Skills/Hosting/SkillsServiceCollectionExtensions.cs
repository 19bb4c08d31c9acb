using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Hosting;

/// <summary>Registers the reasoning core: repository layout, tenants and their catalogs, size estimation, skills, facet retrieval.</summary>
public static class SkillsServiceCollectionExtensions
{
    /// <summary>Adds the reasoning core, configured from the <c>SegmentAI</c> section.</summary>
    public static IServiceCollection AddSegmentSkills(this IServiceCollection services)
    {
        services.AddOptions<SegmentAiOptions>().BindConfiguration(SegmentAiOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SegmentAiOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.RepositoryRoot) ? RepositoryLayout.Discover() : new RepositoryLayout(options.RepositoryRoot);
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SegmentAiOptions>>().Value;
            var layout = sp.GetRequiredService<RepositoryLayout>();
            return TenantDirectory.Load(string.IsNullOrWhiteSpace(options.TenantsDirectory) ? layout.Tenants : layout.Resolve(options.TenantsDirectory));
        });
        services.AddSingleton<SizeEstimator>();
        services.AddSkillSystem();
        services.AddFacetRetrieval();
        services.AddConversationEngine();
        return services;
    }
}
