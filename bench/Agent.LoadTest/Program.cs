using System.CommandLine;
using System.Diagnostics;
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
var command = new RootCommand("SegmentAI load test: simulated chat users over HTTP against a local host.")
{
    users, warmup, duration, servers, redis, postgres, hostDll, distinct, report,
};
command.SetAction(async (result, cancellationToken) =>
{
    var options = new LoadOptions(
        result.GetValue(users), TimeSpan.FromSeconds(result.GetValue(warmup)), TimeSpan.FromSeconds(result.GetValue(duration)),
        result.GetValue(servers), result.GetValue(redis)!, result.GetValue(postgres)!, result.GetValue(hostDll)!, result.GetValue(distinct), result.GetValue(report));
    if (options.Users < 1 || options.Duration <= TimeSpan.Zero || options.Warmup < TimeSpan.Zero)
    {
        Console.Error.WriteLine("--users and --duration must be positive and --warmup not negative.");
        return 2;
    }

    return await RunAsync(options, root, cancellationToken);
});
return await command.Parse(args).InvokeAsync();

static async Task<int> RunAsync(LoadOptions options, string root, CancellationToken cancellationToken)
{
    await using var host = await HostUnderLoad.StartAsync(options, root, cancellationToken);
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    using var client = new HttpClient(handler) { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
    var run = $"lt{DateTime.UtcNow:HHmmss}{Random.Shared.Next(1000):000}";
    var clock = Stopwatch.StartNew();
    var until = options.Warmup + options.Duration;
    var simulated = Enumerable.Range(0, options.Users).Select(i => new SimulatedUser(i, run, options.DistinctSegments, client, clock)).ToList();
    Console.WriteLine($"{options.Users} users on {host.Address} ({(options.Servers ? "Redis + PostgreSQL" : "embedded")} memory) for {until.TotalSeconds:0} s ...");
    await Task.WhenAll(simulated.Select(u => Task.Run(() => u.RunAsync(until, cancellationToken), cancellationToken)));
    var sent = simulated.SelectMany(u => u.Sessions).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
    var logged = await QueryLogAudit.CompareAsync(options, host.StateDirectory, run, sent, cancellationToken);
    var numbers = LoadReport.From(options, [.. simulated.SelectMany(u => u.Results)], logged);
    Console.WriteLine(numbers.ToText());
    if (options.ReportFile is { } file)
    {
        await File.WriteAllTextAsync(file, numbers.ToJson(), cancellationToken);
    }

    return numbers.Clean ? 0 : 1;
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
