using SegmentAI.Host.CommandLine;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Browser.Tests.Hosting;

/// <summary>
/// A repository root of the run's own: the real tenants and skills, acme-retail and dealflow warehouses generated
/// by the <c>data generate</c> command, and empty memory, so the widget talks to the real engine on known data.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    public const string AsOf = "2026-11-22";

    private TestRepository(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string StateDirectory => Path.Combine(Root, "state");

    public static async Task<TestRepository> CreateAsync()
    {
        var source = RepositoryLayout.Discover();
        var repository = new TestRepository(Directory.CreateTempSubdirectory("widget-browser-").FullName);
        Directory.CreateSymbolicLink(Path.Combine(repository.Root, "tenants"), source.Tenants);
        Directory.CreateSymbolicLink(Path.Combine(repository.Root, "skills"), source.Skills);
        var warehouse = Path.Combine(repository.Root, "data", "acme-retail.duckdb");
        Directory.CreateDirectory(Path.GetDirectoryName(warehouse)!);

        var exit = await AgentCommandLine.Build()
            .Parse(["data", "generate", "--tenant", "acme-retail", "--size", "1500", "--seed", "3", "--as-of", AsOf, "--out", warehouse])
            .InvokeAsync();
        if (exit != 0 || !File.Exists(warehouse))
        {
            repository.Dispose();
            throw new InvalidOperationException($"'data generate --tenant acme-retail' exited with {exit} and wrote no warehouse at {warehouse}.");
        }

        // DealFlow's product events, for the personas dashboard and the chat's behavioural answers.
        var events = Path.Combine(repository.Root, "data", "dealflow.duckdb");
        exit = await AgentCommandLine.Build()
            .Parse(["data", "generate", "--tenant", "dealflow", "--seed", "21", "--as-of", AsOf, "--out", events])
            .InvokeAsync();
        if (exit != 0 || !File.Exists(events))
        {
            repository.Dispose();
            throw new InvalidOperationException($"'data generate --tenant dealflow' exited with {exit} and wrote no warehouse at {events}.");
        }

        return repository;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
