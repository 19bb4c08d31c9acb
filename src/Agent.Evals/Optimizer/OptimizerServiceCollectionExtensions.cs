using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SegmentAI.Evals.Optimizer;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the scheduled optimizer.</summary>
public static class OptimizerServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="OptimizerOptions"/> and, only when <c>Optimizer:Enabled</c> is true, registers the
    /// <see cref="OptimizerJob"/> and the <see cref="ScheduledOptimizer"/> hosted service. The job reads the repository,
    /// memory and results settings from <paramref name="configuration"/>, as the eval commands do. An
    /// <see cref="IChatClient"/> keyed <c>optimizer-llm</c>, when registered, is the instruction rewriter.
    /// </summary>
    /// <exception cref="FormatException">The job is enabled and its schedule is not understood.</exception>
    public static IServiceCollection AddOptimizerJob(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OptimizerOptions>().BindConfiguration(OptimizerOptions.SectionName);
        var settings = configuration.GetSection(OptimizerOptions.SectionName).Get<OptimizerOptions>() ?? new OptimizerOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        // A bad schedule stops start-up with its message rather than failing silently at the first run.
        OptimizerSchedule.Parse(settings.Schedule);
        services.AddSingleton(sp => new OptimizerJob(
            configuration,
            sp.GetKeyedService<IChatClient>(InstructionRewriteProposer.ServiceKey),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<OptimizerJob>>()));
        services.AddSingleton(sp => new ScheduledOptimizer(
            sp.GetRequiredService<OptimizerJob>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OptimizerOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<ScheduledOptimizer>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledOptimizer>());
        return services;
    }
}
