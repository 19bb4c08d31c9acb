using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Web;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>
/// The real web app on loopback with the Teams channel enabled against a <see cref="BotConnectorStub"/>: its OpenID
/// metadata, token endpoint and Bot Connector. The stub serves a key endorsed for msteams that tokens are signed with.
/// </summary>
internal sealed class TeamsWebApp : IAsyncDisposable
{
    public const string AppId = "0b2e6d53-7c1a-4f0e-9d7b-5a8c3e2f1d40";

    public const string AppPassword = "not-a-real-secret";

    private readonly WebApplication _app;
    private readonly string _state;
    private bool _stopped;

    private TeamsWebApp(WebApplication app, BotConnectorStub connector, TestSigningKey key, string state)
    {
        _app = app;
        Connector = connector;
        Key = key;
        _state = state;
        Client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public BotConnectorStub Connector { get; }

    public TestSigningKey Key { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app; <paramref name="engine"/> replaces the real engine when given; <paramref name="settings"/> are extra <c>--Key=value</c> arguments.</summary>
    public static Task<TeamsWebApp> StartAsync(IConversationEngine? engine = null, params string[] settings) =>
        StartAsync(services =>
        {
            if (engine is not null)
            {
                services.RemoveAll<IConversationEngine>();
                services.AddSingleton(engine);
            }
        }, settings);

    /// <summary>Starts the app with no conversation engine registered at all.</summary>
    public static Task<TeamsWebApp> StartWithoutEngineAsync() => StartAsync(services => services.RemoveAll<IConversationEngine>(), []);

    private static async Task<TeamsWebApp> StartAsync(Action<IServiceCollection> configure, string[] settings)
    {
        var connector = await BotConnectorStub.StartAsync();
        var key = new TestSigningKey("teams-key-1", "msteams");
        connector.AddKey(key);
        var state = Directory.CreateTempSubdirectory("teams-state-").FullName;
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Teams:Enabled=true",
            $"--Teams:AppId={AppId}",
            $"--Teams:AppPassword={AppPassword}",
            $"--Teams:OpenIdMetadataUrl={connector.OpenIdMetadataUrl}",
            $"--Teams:TokenEndpoint={connector.TokenEndpoint}",
            "--Teams:ConnectorRetryDelay=00:00:00.010",
            $"--Memory:StateDirectory={state}",
            .. settings,
        ];
        var app = AgentWebApplication.Build(args, configure);
        await app.StartAsync();
        return new TeamsWebApp(app, connector, key, state);
    }

    /// <summary>A token the app accepts for activities from the stub's serviceUrl.</summary>
    public string Token(Action<JsonObject, JsonObject>? change = null) => BotTokens.Mint(Key, AppId, Connector.ServiceUrl, change);

    /// <summary>POSTs <paramref name="activity"/> to /api/messages with a valid token, or with <paramref name="token"/> ("" for none).</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null) => PostAsync(activity.ToJsonString(), token);

    public async Task<HttpResponseMessage> PostAsync(string body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        token ??= Token();
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Stops the app as the host does on shutdown (SIGTERM).</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_stopped)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
        await Connector.DisposeAsync();
        Key.Dispose();
        Directory.Delete(_state, recursive: true);
    }
}
