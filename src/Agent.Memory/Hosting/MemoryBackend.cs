namespace SegmentAI.Memory.Hosting;

/// <summary>Which back end a memory tier uses.</summary>
public enum MemoryBackend
{
    /// <summary>No server: in process for sessions, SQLite in the state directory for long-term memory.</summary>
    Embedded,

    /// <summary>A server: Redis for sessions, PostgreSQL for long-term memory.</summary>
    Server,
}
