using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Gates;
using SegmentAI.Evals.Hosting;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Tenants;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the eval harness: options, warehouses, run and gate result stores, evaluators and the runner.</summary>
public static class EvalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the harness. Needs the reasoning core (<c>AddSegmentSkills</c>). The state directory is
    /// <c>Memory:StateDirectory</c> when set, else the repository's data/ folder. An <see cref="IChatClient"/> keyed
    /// <c>eval-judge</c>, when registered, is the explanation judge.
    /// </summary>
    public static IServiceCollection AddEvals(this IServiceCollection services)
    {
        services.AddOptions<EvalOptions>().BindConfiguration(EvalOptions.SectionName);
        services.AddSingleton(sp => new EvalWarehouses(Folder(sp, o => o.WarehouseDirectory, "eval-warehouses")));
        services.AddSingleton<IEvalRunStore>(sp => new FileEvalRunStore(EvalResultsLocation.Runs(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<RepositoryLayout>())));
        services.AddSingleton(sp => new FileGateResultStore(EvalResultsLocation.Gates(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<RepositoryLayout>())));
        services.AddSingleton<IEvaluator>(sp => SuiteEvaluators.Create(sp.GetKeyedService<IChatClient>(JudgeKey)));
        services.AddSingleton(sp => new EvalRunner(
            sp.GetRequiredService<IConversationEngine>(),
            sp.GetRequiredService<TenantDirectory>(),
            sp.GetRequiredService<EvalWarehouses>(),
            sp.GetRequiredService<IEvaluator>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<IUserPreferenceSource>()));
        return services;
    }

    /// <summary>The service key of the judge model.</summary>
    public const string JudgeKey = "eval-judge";

    /// <summary>Makes the engine answer with <paramref name="version"/> of <paramref name="skillId"/> for every tenant (see <see cref="PinnedSkillVersions"/>).</summary>
    public static IServiceCollection PinSkillVersion(this IServiceCollection services, string skillId, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(SegmentAI.Skills.Skills.IActiveSkillVersions))
            ?? throw new InvalidOperationException("Add the reasoning core (AddSegmentSkills) before pinning a skill version.");
        services.Remove(existing);
        services.AddSingleton<SegmentAI.Skills.Skills.IActiveSkillVersions>(sp =>
        {
            var inner = existing.ImplementationInstance as SegmentAI.Skills.Skills.IActiveSkillVersions
                ?? existing.ImplementationFactory?.Invoke(sp) as SegmentAI.Skills.Skills.IActiveSkillVersions
                ?? throw new InvalidOperationException("The active skill versions are registered in a way that cannot be wrapped.");
            return new PinnedSkillVersions(inner, skillId, version);
        });
        return services;
    }

    private static string Folder(IServiceProvider services, Func<EvalOptions, string?> configured, string name)
    {
        var layout = services.GetRequiredService<RepositoryLayout>();
        var value = configured(services.GetRequiredService<IOptions<EvalOptions>>().Value);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return layout.Resolve(value);
        }

        var stateDirectory = services.GetRequiredService<IConfiguration>()["Memory:StateDirectory"];
        return Path.Combine(string.IsNullOrWhiteSpace(stateDirectory) ? layout.Data : layout.Resolve(stateDirectory), name);
    }
}
