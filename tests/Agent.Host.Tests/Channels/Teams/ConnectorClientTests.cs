using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Channels.Teams.Activities;
using SegmentAI.Host.Channels.Teams.Configuration;
using SegmentAI.Host.Channels.Teams.Connector;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Posting activities to a loopback Bot Connector that fails on purpose.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private BotConnectorStub _stub = null!;
    private ConnectorTokenSource _tokens = null!;

    public async Task InitializeAsync()
    {
        _stub = await BotConnectorStub.StartAsync();
        _tokens = new ConnectorTokenSource(Factory, Options.Create(Settings()), NullLogger<ConnectorTokenSource>.Instance);
    }

    public async Task DisposeAsync()
    {
        _tokens.Dispose();
        await _stub.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IHttpClientFactory Factory => _services.GetRequiredService<IHttpClientFactory>();

    [Theory]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    [InlineData(StatusCodes.Status502BadGateway)]
    [InlineData(StatusCodes.Status500InternalServerError)]
    public async Task A_transient_server_error_is_retried_until_the_activity_is_delivered(int status)
    {
        _stub.FailNextActivities(2, status);

        await Client().SendAsync(Address(), Typing());

        Assert.Equal(3, _stub.ActivityAttempts);
        Assert.Single(_stub.Activities);
    }

    [Fact]
    public async Task Too_many_requests_waits_as_retry_after_says_and_tries_again()
    {
        _stub.FailNextActivities(1, StatusCodes.Status429TooManyRequests, retryAfter: "0");

        await Client().SendAsync(Address(), Typing());

        Assert.Equal(2, _stub.ActivityAttempts);
        Assert.Single(_stub.Activities);
    }

    [Fact]
    public async Task Retries_are_bounded_and_then_the_failure_is_reported()
    {
        _stub.FailNextActivities(100, StatusCodes.Status503ServiceUnavailable);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(retries: 2).SendAsync(Address(), Typing()));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _stub.ActivityAttempts);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        _stub.FailNextActivities(1, StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Address(), Typing()));

        Assert.Contains("400", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _stub.ActivityAttempts);
    }

    [Fact]
    public async Task A_refused_token_is_replaced_and_the_activity_sent_again()
    {
        _stub.FailNextActivities(1, StatusCodes.Status401Unauthorized);

        await Client().SendAsync(Address(), Typing());

        Assert.Equal("Bearer token-2", Assert.Single(_stub.Activities).Authorization);
        Assert.Equal(2, _stub.TokenRequests.Count);
    }

    [Fact]
    public async Task An_unreachable_connector_is_reported_after_the_retries()
    {
        var address = Address() with { ServiceUrl = "http://127.0.0.1:9/amer/" };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(retries: 1).SendAsync(address, Typing()));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    private ConnectorClient Client(int retries = 3)
    {
        var settings = Settings();
        settings.ConnectorRetries = retries;
        return new ConnectorClient(Factory, _tokens, Options.Create(settings), NullLogger<ConnectorClient>.Instance);
    }

    private TeamsOptions Settings() => new()
    {
        Enabled = true,
        AppId = "app-id",
        AppPassword = "app-secret",
        TokenEndpoint = _stub.TokenEndpoint,
        ConnectorRetryDelay = TimeSpan.FromMilliseconds(1),
    };

    private ReplyAddress Address() => new(
        _stub.ServiceUrl,
        new ConversationAccount(TeamsActivities.PersonalConversation(), "personal", TenantId: TeamsActivities.AcmeTenant),
        "1485983408511",
        new ChannelAccount(TeamsActivities.BotId, "SegmentAI"),
        new ChannelAccount("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw", "Marco Bianchi", TeamsActivities.MarcoAad));

    private static OutgoingActivity Typing() => new() { Type = "typing" };
}
