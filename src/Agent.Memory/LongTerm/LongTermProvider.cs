namespace SegmentAI.Memory.LongTerm;

/// <summary>Which database long-term memory lives in.</summary>
public enum LongTermProvider
{
    /// <summary>An embedded SQLite file in the state directory (the default: nothing to install).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (production).</summary>
    Postgres,
}
