namespace SegmentAI.Memory.LongTerm;

/// <summary>Where long-term memory (preferences, vocabulary, library, logs, feedback, patterns) is kept.</summary>
public sealed class LongTermMemoryOptions
{
    /// <summary>Default time a single database command may take before memory counts as unavailable.</summary>
    public static readonly TimeSpan DefaultCommandTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The database kind.</summary>
    public LongTermProvider Provider { get; set; } = LongTermProvider.Sqlite;

    /// <summary>Npgsql connection string, for <see cref="LongTermProvider.Postgres"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Path of the SQLite file, for <see cref="LongTermProvider.Sqlite"/> (usually inside <c>--state-dir</c>).</summary>
    public string? DatabaseFile { get; set; }

    /// <summary>
    /// How long one command may run, and how long SQLite waits for another writer to finish, before the call
    /// fails as unavailable.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = DefaultCommandTimeout;
}
