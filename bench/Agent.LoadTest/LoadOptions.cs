namespace SegmentAI.LoadTest;

/// <summary>One load run: how many simulated users, for how long, against which memory back ends.</summary>
internal sealed record LoadOptions(
    int Users,
    TimeSpan Warmup,
    TimeSpan Duration,
    bool Servers,
    string Redis,
    string Postgres,
    string HostDll,
    bool DistinctSegments,
    string? ReportFile);
