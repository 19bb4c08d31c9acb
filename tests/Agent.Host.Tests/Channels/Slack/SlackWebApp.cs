using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Web;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>
/// The real web app on a free loopback port with the Slack channel configured against a <see cref="LoopbackSlack"/>,
/// its memory in a temp folder, and optionally another engine; requests are signed the way Slack signs them.
/// </summary>
internal sealed class SlackWebApp : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-test-token";
    public const string BotUserId = "U0BOT00001";
    public const string Team = "T0ACMERTL";
    public const string Marco = "U06NCF10EPF";

    private readonly string _state;
    private int _nextEvent;

    private SlackWebApp(WebApplication app, HttpClient client, LoopbackSlack slack, string state)
    {
        App = app;
        Client = client;
        Slack = slack;
        _state = state;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public LoopbackSlack Slack { get; }

    /// <summary>Starts Slack's stand-in and the app; <paramref name="engine"/> replaces the registered engine unless null.</summary>
    public static async Task<SlackWebApp> StartAsync(
        IConversationEngine? engine = null, bool configured = true, Action<IServiceCollection>? services = null, params string[] settings)
    {
        var slack = await LoopbackSlack.StartAsync();
        var state = Directory.CreateTempSubdirectory("slack-state-").FullName;
        // No "Working on it…" placeholder unless a test asks for one with a shorter progress interval.
        List<string> args =
        [
            "--urls", "http://127.0.0.1:0", $"--Memory:StateDirectory={state}", $"--Slack:ApiBaseUrl={slack.ApiBase}",
            "--Slack:AllowedResponseUrlHosts:0=127.0.0.1", "--Channels:ProgressInterval=01:00:00",
        ];
        if (configured)
        {
            args.AddRange([$"--Slack:SigningSecret={SigningSecret}", $"--Slack:BotToken={BotToken}"]);
        }

        args.AddRange(settings);
        var app = AgentWebApplication.Build([.. args], registered =>
        {
            if (engine is not null)
            {
                registered.RemoveAll<IConversationEngine>();
                registered.AddSingleton(engine);
            }

            services?.Invoke(registered);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SlackWebApp(app, new HttpClient { BaseAddress = new Uri(address) }, slack, state);
    }

    /// <summary>The signature Slack would send for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string timestamp, string body, string secret = SigningSecret) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>An event_callback envelope for <paramref name="slackEvent"/>, with a fresh event id unless given.</summary>
    public object Envelope(object slackEvent, string? eventId = null) => new
    {
        token = "verification-token-unused",
        team_id = Team,
        api_app_id = "A0SEGMENTAI",
        @event = slackEvent,
        type = "event_callback",
        event_id = eventId ?? "Ev" + Interlocked.Increment(ref _nextEvent).ToString("D8", CultureInfo.InvariantCulture),
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        authorizations = new[] { new { enterprise_id = (string?)null, team_id = Team, user_id = BotUserId, is_bot = true, is_enterprise_install = false } },
    };

    /// <summary>An app_mention of the bot by <paramref name="user"/> in channel C0GENERAL.</summary>
    public static object Mention(string text, string ts, string user = Marco, string? threadTs = null) => new
    {
        type = "app_mention",
        user,
        text = $"<@{BotUserId}> {text}",
        ts,
        thread_ts = threadTs,
        channel = "C0GENERAL",
        event_ts = ts,
        team = Team,
    };

    public async Task<HttpResponseMessage> PostEventAsync(object envelope, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var body = JsonSerializer.Serialize(envelope);
        return await PostSignedAsync("/api/slack/events", body, "application/json", headers);
    }

    /// <summary>A block_actions click on <paramref name="button"/> of a bot message in the thread of <paramref name="threadTs"/>.</summary>
    public async Task<HttpResponseMessage> ClickAsync(JsonElement button, string threadTs, string triggerId, string user = Marco, string? responseUrl = null)
    {
        var payload = new
        {
            type = "block_actions",
            user = new { id = user, username = "marco", team_id = Team },
            api_app_id = "A0SEGMENTAI",
            token = "verification-token-unused",
            container = new { type = "message", message_ts = "1700000000.000001", channel_id = "C0GENERAL", is_ephemeral = false, thread_ts = threadTs },
            trigger_id = triggerId,
            team = new { id = Team, domain = "acme" },
            channel = new { id = "C0GENERAL", name = "general" },
            message = new { type = "message", ts = "1700000000.000001", thread_ts = threadTs, text = "reply" },
            response_url = responseUrl ?? Slack.ResponseUrl(triggerId).ToString(),
            actions = new[]
            {
                new
                {
                    action_id = button.GetProperty("action_id").GetString(),
                    block_id = "b1",
                    text = button.GetProperty("text"),
                    value = button.GetProperty("value").GetString(),
                    type = "button",
                    action_ts = "1700000001.000001",
                },
            },
        };
        var body = "payload=" + Uri.EscapeDataString(JsonSerializer.Serialize(payload));
        return await PostSignedAsync("/api/slack/interactions", body, "application/x-www-form-urlencoded", null);
    }

    public async Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType, IEnumerable<KeyValuePair<string, string>>? headers, string? timestamp = null, string? signature = null)
    {
        var ts = timestamp ?? Now();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature ?? Sign(ts, body));
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.Add(name, value);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Slack.DisposeAsync();
        Directory.Delete(_state, recursive: true);
    }
}
