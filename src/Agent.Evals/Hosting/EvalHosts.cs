using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SegmentAI.Memory.Hosting;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Evals.Hosting;

/// <summary>
/// The service providers the commands use. Engines that answer suite cases and replayed queries have no long-term
/// memory, so a run neither reads nor writes production preferences; the memory provider is configured like the
/// host's (<c>AddAgentMemory</c>: SQLite in the state directory by default) for the query log, the review queue,
/// the promotion log and activation.
/// </summary>
internal static class EvalHosts
{
    public static IConfiguration Configuration(string? root, string? stateDirectory, string? output)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (root is not null)
        {
            settings[$"{SegmentAiOptions.SectionName}:{nameof(SegmentAiOptions.RepositoryRoot)}"] = Path.GetFullPath(root);
        }

        if (stateDirectory is not null)
        {
            settings[$"{MemoryOptions.SectionName}:{nameof(MemoryOptions.StateDirectory)}"] = Path.GetFullPath(stateDirectory);
        }

        if (output is not null)
        {
            settings[$"{EvalOptions.SectionName}:{nameof(EvalOptions.ResultsDirectory)}"] = Path.GetFullPath(output);
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    /// <summary>An engine with the live versions, or with <paramref name="skillId"/> pinned to <paramref name="version"/>.</summary>
    public static ServiceProvider Engine(IConfiguration configuration, string? skillId = null, string? version = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(configuration)
            .AddSegmentSkills()
            .AddEvals();
        if (skillId is not null && version is not null)
        {
            services.PinSkillVersion(skillId, version);
        }

        return services.BuildServiceProvider();
    }

    /// <summary>The harness with long-term memory, its schema brought up to date as the host does at start.</summary>
    public static async Task<ServiceProvider> WithMemoryAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton(configuration)
            .AddSegmentSkills()
            .AddAgentMemory(configuration)
            .AddEvals()
            .BuildServiceProvider();
        try
        {
            foreach (var service in provider.GetServices<IHostedService>())
            {
                await service.StartAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return provider;
    }
}
