using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Prompting;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Skills.Classification;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the skill system: constitution, skill library, active versions, registry, activation of versions (checked against the stored eval gate results) and intent classifier.</summary>
public static class SkillSystemServiceCollectionExtensions
{
    /// <summary>
    /// Adds the skill system, reading <c>skills/</c> from the <see cref="RepositoryLayout"/> that
    /// <see cref="SkillsServiceCollectionExtensions.AddSegmentSkills"/> registers.
    /// </summary>
    public static IServiceCollection AddSkillSystem(this IServiceCollection services)
    {
        services.AddSingleton(sp => ConstitutionLoader.Load(Path.Combine(sp.GetRequiredService<RepositoryLayout>().Skills, ConstitutionLoader.FileName)));
        services.AddSingleton(sp => SkillLoader.Load(sp.GetRequiredService<RepositoryLayout>().Skills));
        services.AddSingleton<IActiveSkillVersions>(sp => SkillManifest.Load(Path.Combine(sp.GetRequiredService<RepositoryLayout>().Skills, SkillManifest.FileName)));
        services.AddSingleton<SkillRegistry>();
        // The gate results the eval harness stored; an empty configuration means the harness's default folder.
        services.TryAddSingleton<IGateResultSource>(sp => new FileGateResultSource(EvalResultsLocation.Gates(
            sp.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build(),
            sp.GetRequiredService<RepositoryLayout>())));
        services.AddSingleton(sp => new SkillActivation(
            sp.GetRequiredService<SkillRegistry>(),
            sp.GetRequiredService<ISkillPromotionLog>(),
            sp.GetRequiredService<IGateResultSource>(),
            sp.GetRequiredService<RepositoryLayout>().Skills,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILogger<SkillActivation>>() ?? NullLogger<SkillActivation>.Instance));
        services.AddSingleton<IIntentClassifier>(sp =>
        {
            var extra = IntentExampleSet.Load(Path.Combine(sp.GetRequiredService<RepositoryLayout>().Skills, IntentExampleSet.FileName));
            return SkillIntentClassifier.Train(sp.GetRequiredService<SkillRegistry>().ActiveSkills(), extra);
        });
        return services;
    }
}
