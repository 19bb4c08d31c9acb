using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Retention;

/// <summary>
/// One clean-up of memory: query log turns older than the retention limit go (with their audit and traces), and so
/// do embedded sessions whose time to live is over (Redis expires its own).
/// </summary>
internal sealed partial class MemoryRetention
{
    private readonly IInteractionLog _log;
    private readonly ISessionStore _sessions;
    private readonly RetentionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<MemoryRetention> _logger;

    /// <summary>Creates the clean-up over the registered stores.</summary>
    public MemoryRetention(IInteractionLog log, ISessionStore sessions, IOptions<RetentionOptions> options, ILogger<MemoryRetention> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _log = log;
        _sessions = sessions;
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Runs the clean-up once and returns what it removed.</summary>
    public async Task<RetentionSweep> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = _time.GetUtcNow().AddDays(-_options.QueryLogDays);
        var turns = await _log.PurgeBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var sessions = _sessions is InMemorySessionStore embedded ? embedded.PurgeExpired() : 0;
        LogSwept(_logger, turns, sessions, cutoff);
        return new RetentionSweep(turns, sessions);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: removed {Turns} query log turns from before {Cutoff:u} and {Sessions} expired sessions")]
    private static partial void LogSwept(ILogger logger, int turns, int sessions, DateTimeOffset cutoff);
}
