using System.Globalization;
using System.Text.Json;

namespace SegmentAI.LoadTest;

/// <summary>The numbers of one run, measured over the steady window after the warm-up.</summary>
internal sealed record LoadReport(
    string Backend,
    int Users,
    bool DistinctSegments,
    double WindowSeconds,
    int Turns,
    double TurnsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    int Expected,
    int UnexpectedKind,
    int WrongSession,
    int Lost,
    int LoggedLost,
    int LoggedDuplicated,
    int Hosts = 1,
    double? KilledHostAtSeconds = null,
    int Retried = 0,
    int DraftsEditedOnAnotherHost = 0,
    IReadOnlyList<int>? RepliesPerHost = null)
{
    public bool Clean => WrongSession == 0 && Lost == 0 && LoggedLost == 0 && LoggedDuplicated == 0;

    public static LoadReport From(LoadOptions options, IReadOnlyList<TurnResult> all, (int Lost, int Duplicated) logged)
    {
        var window = all.Where(r => r.SentAt >= options.Warmup && r.SentAt < options.Warmup + options.Duration).ToList();
        var latencies = window.Select(r => r.LatencyMs).Order().ToArray();
        return new LoadReport(
            options.Servers ? "redis+postgres" : "embedded",
            options.Users,
            options.DistinctSegments,
            options.Duration.TotalSeconds,
            window.Count,
            window.Count / options.Duration.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1],
            all.Count(r => r.Verdict == TurnVerdict.Expected),
            all.Count(r => r.Verdict == TurnVerdict.UnexpectedKind),
            all.Count(r => r.Verdict == TurnVerdict.WrongSession),
            all.Count(r => r.Verdict == TurnVerdict.Lost),
            logged.Lost,
            logged.Duplicated,
            options.Hosts,
            options.KillFirstHostAt?.TotalSeconds,
            all.Count(r => r.Attempts > 1 && r.Verdict != TurnVerdict.Lost),
            DraftsEditedElsewhere(all),
            [.. Enumerable.Range(0, options.Hosts).Select(h => all.Count(r => r.Host == h))]);
    }

    // A segment turn of a conversation answered by another host than the turn before it: the draft one host built
    // was read and changed by the other, through the shared session store.
    private static int DraftsEditedElsewhere(IReadOnlyList<TurnResult> all) =>
        all.GroupBy(r => r.Session)
            .Sum(c => c.OrderBy(r => r.Turn).Zip(c.OrderBy(r => r.Turn).Skip(1))
                .Count(p => p.First.Host >= 0 && p.Second.Host >= 0 && p.First.Host != p.Second.Host && p.Second.Verdict == TurnVerdict.Expected));

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
        backend {Backend}, {Users} users, {(DistinctSegments ? "a different segment per conversation" : "the same segments again")}, {WindowSeconds:0} s measured after warm-up
          sustained      {TurnsPerSecond:0.0} turns/s ({Turns} turns)
          latency        p50 {P50Ms:0.0} ms, p95 {P95Ms:0.0} ms, p99 {P99Ms:0.0} ms, max {MaxMs:0.0} ms
          replies        {Expected} as scripted, {UnexpectedKind} of another kind, {WrongSession} for another session, {Lost} lost
          query log      {LoggedLost} turns missing, {LoggedDuplicated} turns duplicated
          hosts          {Hosts} ({string.Join(" / ", RepliesPerHost ?? [])} replies){(KilledHostAtSeconds is { } killed ? $", host 1 killed at {killed:0.0} s" : "")}, {Retried} messages answered after a retry, {DraftsEditedOnAnotherHost} turns continued on another host
        """);

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
