using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Retention;

/// <summary>Runs <see cref="MemoryRetention"/> at start and then every <see cref="RetentionOptions.Interval"/> while the host runs.</summary>
internal sealed partial class RetentionJob(MemoryRetention retention, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger, TimeProvider? time = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time ?? TimeProvider.System);
        do
        {
            try
            {
                await retention.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (MemoryUnavailableException ex)
            {
                // A store that is down now is swept on the next tick; nothing is lost by waiting.
                LogSweepFailed(logger, ex);
            }
            catch (MemoryStoreException ex)
            {
                LogSweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention clean-up failed; it runs again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
