namespace SegmentAI.LoadTest;

/// <summary>
/// One load run: how many simulated users, for how long, against which memory back ends, on how many host processes
/// (more than one shares Redis + PostgreSQL), and when, if ever, the first host is killed.
/// </summary>
internal sealed record LoadOptions(
    int Users,
    TimeSpan Warmup,
    TimeSpan Duration,
    bool Servers,
    string Redis,
    string Postgres,
    string HostDll,
    bool DistinctSegments,
    string? ReportFile,
    int Hosts = 1,
    TimeSpan? KillFirstHostAt = null);
