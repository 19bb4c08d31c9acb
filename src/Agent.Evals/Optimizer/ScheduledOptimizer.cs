using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// Runs the <see cref="OptimizerJob"/> for each configured skill on the <see cref="OptimizerOptions.Schedule"/>, waiting
/// on the <see cref="TimeProvider"/> so tests can move time. A failed run is logged and the next one still happens.
/// </summary>
internal sealed partial class ScheduledOptimizer(OptimizerJob job, IOptions<OptimizerOptions> options, TimeProvider time, ILogger<ScheduledOptimizer> logger) : BackgroundService
{
    /// <summary>Runs finished since start, failed ones included.</summary>
    public int CompletedRuns => Volatile.Read(ref _completed);

    private int _completed;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var schedule = OptimizerSchedule.Parse(settings.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.Next(time.GetUtcNow());
            LogNext(logger, next);
            // Read the clock again just before waiting: time may have moved past the run while logging.
            if (next - time.GetUtcNow() is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }

            foreach (var skillId in settings.Skills.Count == 0 ? [OptimizerOptions.DefaultSkill] : settings.Skills)
            {
                try
                {
                    var report = await job.RunAsync(
                        new OptimizerRequest(skillId, time.GetUtcNow().AddDays(-settings.LookbackDays), settings.Candidates, settings.Seed, string.IsNullOrWhiteSpace(settings.Tenant) ? null : settings.Tenant, string.IsNullOrWhiteSpace(settings.PromoteBy) ? null : settings.PromoteBy),
                        stoppingToken).ConfigureAwait(false);
                    LogRun(logger, skillId, report.JobId, report.Outcome);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex, skillId);
                }
            }

            Interlocked.Increment(ref _completed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Next optimizer run at {Next:o}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Optimizer run {JobId} for {SkillId}: {Outcome}")]
    private static partial void LogRun(ILogger logger, string skillId, string jobId, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Optimizer run for {SkillId} failed; the next scheduled run still happens")]
    private static partial void LogFailed(ILogger logger, Exception exception, string skillId);
}
