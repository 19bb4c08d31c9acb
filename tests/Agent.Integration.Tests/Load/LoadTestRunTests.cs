using System.Diagnostics;
using System.Text.Json;
using SegmentAI.Integration.Tests.Servers;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Integration.Tests.Load;

/// <summary>
/// A short run of the load test (bench/Agent.LoadTest) against the built host, on each memory back end: every
/// message must get exactly one reply for its own session, and the host's query log must hold each turn once.
/// The throughput numbers of a run this short are not asserted; the full run reports them.
/// </summary>
public sealed class LoadTestRunTests
{
    [Fact]
    public async Task No_reply_is_lost_or_duplicated_with_embedded_memory()
    {
        var report = await RunAsync(servers: false);

        AssertClean(report);
    }

    [Fact]
    public async Task No_reply_is_lost_or_duplicated_with_redis_and_postgres()
    {
        var report = await RunAsync(servers: true);

        AssertClean(report);
    }

    [Fact]
    public async Task Two_hosts_on_one_redis_and_postgres_lose_duplicate_and_cross_nothing_when_one_is_killed()
    {
        var report = await RunAsync(servers: true, "--hosts", "2", "--kill-first-host-at", "2");

        AssertClean(report);
        Assert.Equal(2, report.GetProperty("hosts").GetInt32());
        Assert.Equal(2.0, report.GetProperty("killed_host_at_seconds").GetDouble());
        Assert.All(report.GetProperty("replies_per_host").EnumerateArray(), h => Assert.True(h.GetInt32() > 0));
        Assert.True(report.GetProperty("drafts_edited_on_another_host").GetInt32() > 0);
    }

    private static void AssertClean(JsonElement report)
    {
        // Replies over the whole run: on a busy CI machine the measured window of so short a run may hold none.
        Assert.True(report.GetProperty("expected").GetInt32() > 0);
        Assert.Equal(0, report.GetProperty("lost").GetInt32());
        Assert.Equal(0, report.GetProperty("wrong_session").GetInt32());
        Assert.Equal(0, report.GetProperty("logged_lost").GetInt32());
        Assert.Equal(0, report.GetProperty("logged_duplicated").GetInt32());
        Assert.Equal(0, report.GetProperty("unexpected_kind").GetInt32());
    }

    private static async Task<JsonElement> RunAsync(bool servers, params string[] extra)
    {
        var root = RepositoryLayout.Discover().Root;
        var tool = Path.Combine(root, "bench/Agent.LoadTest/bin", Configuration, "net10.0/Agent.LoadTest.dll");
        var host = Path.Combine(root, "src/Agent.Host/bin", Configuration, "net10.0/Agent.Host.dll");
        Assert.True(File.Exists(tool), $"{tool} is missing: build the solution first (dotnet build Segmentation.sln -c {Configuration})");
        var report = Path.Combine(Path.GetTempPath(), $"segmentai-load-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { tool, "--users", "4", "--warmup", "1", "--duration", "3", "--host-dll", host, "--report", report })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in extra)
        {
            start.ArgumentList.Add(argument);
        }

        if (servers)
        {
            start.ArgumentList.Add("--servers");
            start.ArgumentList.Add("--postgres");
            start.ArgumentList.Add(TestPostgres.ConnectionString);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(File.Exists(report), $"the load test wrote no report (exit {process.ExitCode}):\n{await output}\n{await errors}");
        try
        {
            return JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement.Clone();
        }
        finally
        {
            File.Delete(report);
        }
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
