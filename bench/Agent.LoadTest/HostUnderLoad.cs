using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SegmentAI.LoadTest;

/// <summary>The Agent.Host web host in its own process on a free loopback port, stopped (with its children) on dispose.</summary>
internal sealed class HostUnderLoad : IAsyncDisposable
{
    private readonly Process _process;

    private HostUnderLoad(Process process, Uri address, string stateDirectory)
    {
        _process = process;
        Address = address;
        StateDirectory = stateDirectory;
    }

    public Uri Address { get; }

    public string StateDirectory { get; }

    public static async Task<HostUnderLoad> StartAsync(LoadOptions options, string repositoryRoot, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(options.HostDll))
        {
            throw new FileNotFoundException($"{options.HostDll} does not exist; build first: dotnet build src/Agent.Host -c Release", options.HostDll);
        }

        await EnsureWarehouseAsync(options, repositoryRoot, cancellationToken);
        var port = FreePort();
        var state = Directory.CreateTempSubdirectory("segmentai-load-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { options.HostDll, "serve", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Memory__StateDirectory"] = state;
        start.Environment["Channels__RateLimitsEnabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (options.Servers)
        {
            start.Environment["Memory__ShortTerm"] = "Server";
            start.Environment["Memory__Redis"] = options.Redis;
            start.Environment["Memory__LongTerm"] = "Server";
            start.Environment["Memory__Postgres"] = options.Postgres;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[host] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostUnderLoad(process, new Uri($"http://127.0.0.1:{port}/"), state);
        try
        {
            await host.WaitUntilHealthyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the host at once (SIGKILL), as a crash would: no graceful shutdown, no reply to what it was working on.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file the host still had open; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Generates the demo tenant's warehouse when a fresh clone has none, so replies carry real sizes.</summary>
    private static async Task EnsureWarehouseAsync(LoadOptions options, string repositoryRoot, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(repositoryRoot, "data", Conversations.Tenant + ".duckdb")))
        {
            return;
        }

        Console.WriteLine($"generating the {Conversations.Tenant} warehouse first ...");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot, UseShellExecute = false };
        foreach (var argument in new[] { options.HostDll, "data", "generate", "--tenant", Conversations.Tenant })
        {
            start.ArgumentList.Add(argument);
        }

        using var generate = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        await generate.WaitForExitAsync(cancellationToken);
        if (generate.ExitCode != 0)
        {
            throw new InvalidOperationException($"generating the {Conversations.Tenant} warehouse failed with exit code {generate.ExitCode}");
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with code {_process.ExitCode} before it was ready (its errors are above)");
            }

            try
            {
                using var response = await client.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"the host at {Address} was not healthy within 90 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
