using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Host.Channels.Teams.Configuration;
using SegmentAI.Host.Channels.Teams.Connector;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Client-credentials tokens for the Bot Connector, against a loopback token endpoint and a fake clock.</summary>
public sealed class ConnectorTokenSourceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private BotConnectorStub _stub = null!;

    public async Task InitializeAsync() => _stub = await BotConnectorStub.StartAsync();

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task One_token_request_serves_every_call_until_shortly_before_expiry()
    {
        using var tokens = Source();

        var first = await tokens.GetTokenAsync();
        var second = await tokens.GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(54));
        var third = await tokens.GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Single(_stub.TokenRequests);
    }

    [Fact]
    public async Task The_token_is_renewed_a_little_before_it_expires()
    {
        using var tokens = Source();
        await tokens.GetTokenAsync();

        _time.Advance(TimeSpan.FromMinutes(56));
        var renewed = await tokens.GetTokenAsync();

        Assert.Equal("token-2", renewed);
        Assert.Equal(2, _stub.TokenRequests.Count);
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_at_half_its_lifetime()
    {
        _stub.TokenLifetimeSeconds = 120;
        using var tokens = Source();
        await tokens.GetTokenAsync();

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("token-1", await tokens.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("token-2", await tokens.GetTokenAsync());
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        using var tokens = Source();
        _stub.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 10).Select(_ => tokens.GetTokenAsync()).ToList();
        while (_stub.TokenRequests.Count == 0)
        {
            await Task.Delay(10);
        }

        _stub.TokenGate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.All(results, token => Assert.Equal("token-1", token));
        Assert.Single(_stub.TokenRequests);
    }

    [Fact]
    public async Task The_request_is_the_client_credentials_grant_for_the_bot_framework_scope()
    {
        using var tokens = Source();

        await tokens.GetTokenAsync();

        var form = Assert.Single(_stub.TokenRequests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("app-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task A_token_the_connector_refused_is_replaced_on_the_next_call()
    {
        using var tokens = Source();
        var refused = await tokens.GetTokenAsync();

        tokens.Invalidate(refused!);

        Assert.Equal("token-2", await tokens.GetTokenAsync());
    }

    [Fact]
    public async Task Refused_credentials_say_why_without_repeating_the_secret()
    {
        _stub.TokenError = "invalid_client";
        using var tokens = Source();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => tokens.GetTokenAsync());

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client AADSTS7000215: Invalid client secret provided.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Trace ID", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("app-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_is_a_connector_exception()
    {
        using var tokens = Source(o => o.TokenEndpoint = "http://127.0.0.1:9/token");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => tokens.GetTokenAsync());

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_credentials_no_token_is_requested()
    {
        using var tokens = Source(o => o.AppPassword = null);

        Assert.Null(await tokens.GetTokenAsync());
        Assert.Empty(_stub.TokenRequests);
    }

    [Theory]
    [InlineData(null, null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14", null, "https://login.microsoftonline.com/6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14/oauth2/v2.0/token")]
    [InlineData("6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14", "http://127.0.0.1:8080/token", "http://127.0.0.1:8080/token")]
    public void Single_tenant_bots_get_tokens_from_their_tenant_authority(string? appTenantId, string? tokenEndpoint, string expected)
    {
        var options = new TeamsOptions { AppTenantId = appTenantId, TokenEndpoint = tokenEndpoint };

        Assert.Equal(new Uri(expected), options.ResolveTokenEndpoint());
    }

    private ConnectorTokenSource Source(Action<TeamsOptions>? change = null)
    {
        var options = new TeamsOptions { Enabled = true, AppId = "app-id", AppPassword = "app-secret", TokenEndpoint = _stub.TokenEndpoint };
        change?.Invoke(options);
        return new ConnectorTokenSource(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(options), NullLogger<ConnectorTokenSource>.Instance, _time);
    }
}
