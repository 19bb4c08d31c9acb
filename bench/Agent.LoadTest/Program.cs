using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using SegmentAI.LoadTest;

// A bounded load test of the web chat API on loopback: starts the host, drives simulated users for the warm-up
// plus the measured window, checks every reply and the host's query log, prints the numbers, stops the host.
var root = FindRepositoryRoot();
var users = new Option<int>("--users") { Description = "Concurrent simulated users.", DefaultValueFactory = _ => 32 };
var warmup = new Option<int>("--warmup") { Description = "Seconds of warm-up, not measured.", DefaultValueFactory = _ => 5 };
var duration = new Option<int>("--duration") { Description = "Seconds measured after the warm-up.", DefaultValueFactory = _ => 20 };
var servers = new Option<bool>("--servers") { Description = "Redis + PostgreSQL memory instead of the embedded default." };
var redis = new Option<string>("--redis") { Description = "Redis for --servers.", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SEGMENTAI_TEST_REDIS") ?? "127.0.0.1:6379" };
var postgres = new Option<string>("--postgres")
{
    Description = "PostgreSQL for --servers.",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SEGMENTAI_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=segmentai;Password=segmentai;Database=segmentai_test",
};
var hostDll = new Option<string>("--host-dll") { Description = "Built Agent.Host.dll.", DefaultValueFactory = _ => Path.Combine(root, "src/Agent.Host/bin/Release/net10.0/Agent.Host.dll") };
var distinct = new Option<bool>("--distinct-segments") { Description = "A different segment in every conversation, so no count is reused." };
var report = new Option<string?>("--report") { Description = "Also write the numbers as JSON to this file." };
var hostCount = new Option<int>("--hosts") { Description = "Host processes sharing Redis + PostgreSQL (needs --servers); messages go to them in turn.", DefaultValueFactory = _ => 1 };
var killAt = new Option<double?>("--kill-first-host-at") { Description = "Seconds into the run at which the first host is killed (SIGKILL)." };
var command = new RootCommand("SegmentAI load test: simulated chat users over HTTP against a local host.")
{
    users, warmup, duration, servers, redis, postgres, hostDll, distinct, report, hostCount, killAt,
};
command.SetAction(async (result, cancellationToken) =>
{
    var options = new LoadOptions(
        result.GetValue(users), TimeSpan.FromSeconds(result.GetValue(warmup)), TimeSpan.FromSeconds(result.GetValue(duration)),
        result.GetValue(servers), result.GetValue(redis)!, result.GetValue(postgres)!, result.GetValue(hostDll)!, result.GetValue(distinct), result.GetValue(report),
        result.GetValue(hostCount), result.GetValue(killAt) is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    if (options.Users < 1 || options.Duration <= TimeSpan.Zero || options.Warmup < TimeSpan.Zero || options.Hosts < 1)
    {
        Console.Error.WriteLine("--users, --hosts and --duration must be positive and --warmup not negative.");
        return 2;
    }

    if (options.Hosts > 1 && !options.Servers)
    {
        Console.Error.WriteLine("--hosts above 1 needs --servers: hosts share state only through Redis and PostgreSQL.");
        return 2;
    }

    if (options.KillFirstHostAt is not null && options.Hosts < 2)
    {
        Console.Error.WriteLine("--kill-first-host-at needs --hosts 2 or more, so another host is left to answer.");
        return 2;
    }

    return await RunAsync(options, root, cancellationToken);
});
return await command.Parse(args).InvokeAsync();

static async Task<int> RunAsync(LoadOptions options, string root, CancellationToken cancellationToken)
{
    var hosts = new List<HostUnderLoad>();
    var handlers = new List<SocketsHttpHandler>();
    var clients = new List<HttpClient>();
    try
    {
        for (var i = 0; i < options.Hosts; i++)
        {
            hosts.Add(await HostUnderLoad.StartAsync(options, root, cancellationToken));
            var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            handlers.Add(handler);
            clients.Add(new HttpClient(handler) { BaseAddress = hosts[i].Address, Timeout = TimeSpan.FromSeconds(30) });
        }

        var run = $"lt{DateTime.UtcNow:HHmmss}{Random.Shared.Next(1000):000}";

        // Each host's first turn builds its indexes and classifier (with MiniLM, the catalog embeddings when none are on
        // disk yet: tens of seconds on a busy machine); it is answered before the clock starts, with a longer time-out
        // than a turn gets, so a host killed early in the run is killed while serving traffic, not while starting.
        for (var i = 0; i < clients.Count; i++)
        {
            using var starting = new HttpClient(handlers[i], disposeHandler: false) { BaseAddress = hosts[i].Address, Timeout = TimeSpan.FromMinutes(3) };
            using var warm = await starting.PostAsJsonAsync(
                "api/chat", new { tenant = Conversations.Tenant, user = Conversations.Users[0], session = $"warm{run}-{i}", text = "customers in Ohio" }, cancellationToken);
            warm.EnsureSuccessStatusCode();
        }

        var clock = Stopwatch.StartNew();
        var until = options.Warmup + options.Duration;
        var simulated = Enumerable.Range(0, options.Users).Select(i => new SimulatedUser(i, run, options.DistinctSegments, clients, clock)).ToList();
        Console.WriteLine($"{options.Users} users on {string.Join(", ", hosts.Select(h => h.Address))} ({(options.Servers ? "Redis + PostgreSQL" : "embedded")} memory) for {until.TotalSeconds:0} s ...");
        var kill = options.KillFirstHostAt is { } at
            ? Task.Run(
                async () =>
                {
                    await Task.Delay(at, cancellationToken);
                    await hosts[0].KillAsync();
                    Console.WriteLine($"killed {hosts[0].Address} at {clock.Elapsed.TotalSeconds:0.0} s");
                },
                cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(simulated.Select(u => Task.Run(() => u.RunAsync(until, cancellationToken), cancellationToken)));
        await kill;
        var sent = simulated.SelectMany(u => u.Sessions).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        var logged = await QueryLogAudit.CompareAsync(options, hosts[0].StateDirectory, run, sent, cancellationToken);
        var numbers = LoadReport.From(options, [.. simulated.SelectMany(u => u.Results)], logged);
        Console.WriteLine(numbers.ToText());
        if (options.ReportFile is { } file)
        {
            await File.WriteAllTextAsync(file, numbers.ToJson(), cancellationToken);
        }

        return numbers.Clean ? 0 : 1;
    }
    finally
    {
        clients.ForEach(c => c.Dispose());
        handlers.ForEach(h => h.Dispose());
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }
    }
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Segmentation.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
