namespace SegmentAI.Memory.Hosting;

/// <summary>Where memory lives, bound from the <c>Memory</c> configuration section. The default keeps everything embedded.</summary>
public sealed class MemoryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Memory";

    /// <summary>
    /// Folder the embedded stores keep their files in (<c>--state-dir</c> on the command line). Relative paths
    /// are resolved against the working directory; empty means <c>state/</c> (git-ignored) in the working directory.
    /// </summary>
    public string? StateDirectory { get; set; }

    /// <summary>Short-term memory (sessions): <see cref="MemoryBackend.Embedded"/> (in process) or <see cref="MemoryBackend.Server"/> (Redis).</summary>
    public MemoryBackend ShortTerm { get; set; } = MemoryBackend.Embedded;

    /// <summary>Long-term memory: <see cref="MemoryBackend.Embedded"/> (SQLite in the state directory) or <see cref="MemoryBackend.Server"/> (PostgreSQL).</summary>
    public MemoryBackend LongTerm { get; set; } = MemoryBackend.Embedded;

    /// <summary>StackExchange.Redis connection string, used when <see cref="ShortTerm"/> is <see cref="MemoryBackend.Server"/>.</summary>
    public string? Redis { get; set; }

    /// <summary>Npgsql connection string, used when <see cref="LongTerm"/> is <see cref="MemoryBackend.Server"/>.</summary>
    public string? Postgres { get; set; }

    /// <summary>Longest one memory call may take before the turn reports memory as unavailable instead of hanging.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
