using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.Tests.Api;

/// <summary>The real web app on a free loopback port, over a repository root of its own and a state folder of its own.</summary>
internal sealed class RestApiHost : IAsyncDisposable
{
    private RestApiHost(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<RestApiHost> StartAsync(string repositoryRoot, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var state = Directory.CreateTempSubdirectory("rest-state-").FullName;
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            $"--SegmentAI:RepositoryRoot={repositoryRoot}",
            $"--Memory:StateDirectory={state}",
        };
        args.AddRange((settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"));
        var app = AgentWebApplication.Build([.. args], configureServices);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RestApiHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
