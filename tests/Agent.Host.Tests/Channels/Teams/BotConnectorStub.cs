using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>
/// The Microsoft side of a Teams bot on loopback, speaking the documented protocols: the Bot Framework OpenID
/// metadata and its JWKS (with endorsements), the Entra token endpoint (client credentials) and the Bot Connector's
/// <c>POST /v3/conversations/{id}/activities/{activityId}</c>. It records what the bot sends.
/// </summary>
internal sealed class BotConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PostedActivity> _activities = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private readonly List<JsonObject> _keys = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failures;
    private int _failureStatus;
    private string? _failureRetryAfter;
    private int _metadataRequests;
    private int _jwksRequests;
    private int _activityAttempts;
    private int _tokensIssued;

    private BotConnectorStub(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The serviceUrl activities carry, shaped like Teams' regional ones.</summary>
    public string ServiceUrl => BaseAddress + "amer/";

    public string OpenIdMetadataUrl => BaseAddress + "v1/.well-known/openidconfiguration";

    public string TokenEndpoint => BaseAddress + "botframework.com/oauth2/v2.0/token";

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>Every POST of an activity, including the ones answered with an injected failure.</summary>
    public int ActivityAttempts => Volatile.Read(ref _activityAttempts);

    public IReadOnlyList<PostedActivity> Activities => [.. _activities];

    public IReadOnlyList<PostedActivity> Messages => [.. _activities.Where(a => a.Type == "message")];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    /// <summary>expires_in of issued tokens.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>When set, the token endpoint refuses the credentials with this Entra error.</summary>
    public string? TokenError { get; set; }

    /// <summary>When set, token responses wait for it, so concurrent callers pile up behind the first request.</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    /// <summary>When false, the OpenID metadata answers 503.</summary>
    public bool MetadataAvailable { get; set; } = true;

    /// <summary>When set, the jwks_uri the OpenID metadata names instead of the stub's own key set.</summary>
    public string? JwksUri { get; set; }

    public static async Task<BotConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new BotConnectorStub(app);
        app.MapGet("/v1/.well-known/openidconfiguration", stub.Metadata);
        app.MapGet("/v1/.well-known/keys", stub.Keys);
        app.MapPost("/botframework.com/oauth2/v2.0/token", stub.IssueTokenAsync);
        app.MapPost("/amer/v3/conversations/{conversationId}/activities/{activityId}", stub.ReceiveActivityAsync);
        await app.StartAsync();
        stub.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return stub;
    }

    public void AddKey(TestSigningKey key)
    {
        lock (_gate)
        {
            _keys.Add(key.Jwk());
        }
    }

    /// <summary>The next <paramref name="count"/> activity posts fail with <paramref name="status"/>.</summary>
    public void FailNextActivities(int count, int status, string? retryAfter = null)
    {
        _failureStatus = status;
        _failureRetryAfter = retryAfter;
        Volatile.Write(ref _failures, count);
    }

    /// <summary>Waits until the posted activities satisfy <paramref name="done"/>; fails the test after a minute instead of hanging.</summary>
    public async Task<IReadOnlyList<PostedActivity>> WaitForAsync(Func<IReadOnlyList<PostedActivity>, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            var activities = Activities;
            if (done(activities))
            {
                return activities;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The bot did not send what the test waited for; it sent: {string.Join(", ", activities.Select(a => a.Type + ": " + a.Text))}");
            }
        }
    }

    /// <summary>Waits for the <paramref name="count"/>-th message the bot posts and returns the messages.</summary>
    public async Task<IReadOnlyList<PostedActivity>> WaitForMessagesAsync(int count) =>
        [.. (await WaitForAsync(all => all.Count(a => a.Type == "message") >= count)).Where(a => a.Type == "message")];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataRequests);
        return MetadataAvailable
            ? Results.Json(new JsonObject
            {
                ["issuer"] = BotTokens.Issuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = JwksUri ?? BaseAddress + "v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            })
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private IResult Keys()
    {
        Interlocked.Increment(ref _jwksRequests);
        lock (_gate)
        {
            return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. _keys.Select(k => k.DeepClone())]) });
        }
    }

    private async Task<IResult> IssueTokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _tokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        if (TokenGate is { } gate)
        {
            await gate.Task;
        }

        if (TokenError is { } error)
        {
            return Results.Json(
                new { error, error_description = "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 0d1f\r\nCorrelation ID: 9c2e", error_codes = new[] { 7000215 } },
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var number = Interlocked.Increment(ref _tokensIssued);
        return Results.Json(new { token_type = "Bearer", expires_in = TokenLifetimeSeconds, ext_expires_in = TokenLifetimeSeconds, access_token = $"token-{number}" });
    }

    private async Task<IResult> ReceiveActivityAsync(HttpContext context, string activityId)
    {
        Interlocked.Increment(ref _activityAttempts);
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            if (_failureRetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return Results.StatusCode(_failureStatus);
        }

        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        _activities.Enqueue(new PostedActivity(target, context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, body.RootElement.Clone()));
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return Results.Json(new { id = $"1:{activityId}-reply" });
    }
}
