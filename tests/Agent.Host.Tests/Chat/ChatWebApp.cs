using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Web;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>The real web app on a free loopback port, with the given engine (or none) in place of the registered one.</summary>
internal sealed class ChatWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChatWebApp(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The app's services, for driving another channel of the same host.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app; <paramref name="settings"/> are configuration arguments (<c>--Widget:Login=demo</c>).</summary>
    public static async Task<ChatWebApp> StartAsync(IConversationEngine? engine, string[]? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var app = AgentWebApplication.Build(["--urls", "http://127.0.0.1:0", .. settings ?? []], services =>
        {
            services.RemoveAll<IConversationEngine>();
            if (engine is not null)
            {
                services.AddSingleton(engine);
            }

            configureServices?.Invoke(services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ChatWebApp(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
