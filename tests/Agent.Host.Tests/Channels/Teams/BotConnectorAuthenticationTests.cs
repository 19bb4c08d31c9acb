using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Host.Channels.Teams.Authentication;
using SegmentAI.Host.Channels.Teams.Configuration;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Token checks on the host's clock, and what a verified token carries, against keys served by a loopback stub.</summary>
public sealed class BotConnectorAuthenticationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly TestSigningKey _key = new("teams-key-1", "msteams", "webchat");
    private BotConnectorStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await BotConnectorStub.StartAsync();
        _stub.AddKey(_key);
    }

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        await _services.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task A_verified_token_carries_its_serviceurl_and_the_endorsements_of_the_key_that_signed_it()
    {
        var check = await Authentication().VerifyAsync("Bearer " + BotTokens.Mint(_key, "app-id", _stub.ServiceUrl));

        Assert.Null(check.Problem);
        Assert.Equal(_stub.ServiceUrl, check.Token!.ServiceUrl);
        Assert.Equal(["msteams", "webchat"], check.Token.Endorsements);
    }

    [Fact]
    public async Task Expiry_is_judged_on_the_host_clock_with_the_clock_skew()
    {
        var authentication = Authentication();
        var token = "Bearer " + BotTokens.Mint(_key, "app-id", _stub.ServiceUrl);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));
        var withinSkew = await authentication.VerifyAsync(token);
        _time.Advance(TimeSpan.FromMinutes(2));
        var expired = await authentication.VerifyAsync(token);

        Assert.Null(withinSkew.Problem);
        Assert.Equal("The token has expired.", expired.Problem);
    }

    [Fact]
    public async Task Not_before_is_judged_on_the_host_clock_with_the_clock_skew()
    {
        var authentication = Authentication();
        var token = "Bearer " + BotTokens.Mint(_key, "app-id", _stub.ServiceUrl, (_, claims) => claims["nbf"] = _time.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds());

        var early = await authentication.VerifyAsync(token);
        _time.Advance(TimeSpan.FromMinutes(6));
        var withinSkew = await authentication.VerifyAsync(token);

        Assert.Equal("The token is not valid yet (nbf).", early.Problem);
        Assert.Null(withinSkew.Problem);
    }

    [Fact]
    public async Task A_token_without_expiry_is_rejected()
    {
        var token = BotTokens.Mint(_key, "app-id", _stub.ServiceUrl, (_, claims) => claims.Remove("exp"));

        var check = await Authentication().VerifyAsync("Bearer " + token);

        Assert.Equal("The token has no expiry (exp).", check.Problem);
    }

    [Fact]
    public async Task A_token_naming_no_key_is_rejected_before_any_key_is_fetched()
    {
        var token = BotTokens.Mint(_key, "app-id", _stub.ServiceUrl, (header, _) => header.Remove("kid"));

        var check = await Authentication().VerifyAsync("Bearer " + token);

        Assert.Equal("The token's header names no signing key (kid).", check.Problem);
        Assert.Equal(0, _stub.MetadataRequests);
    }

    [Fact]
    public async Task A_token_signed_by_a_listed_key_too_weak_to_trust_is_rejected_and_rejections_never_quote_the_library()
    {
        using var weak = TestSigningKey.OfSize(1024, "weak-key", "msteams");
        _stub.AddKey(weak);

        var check = await Authentication().VerifyAsync("Bearer " + BotTokens.Mint(weak, "app-id", _stub.ServiceUrl));

        Assert.Equal("The token is signed with a key the Bot Connector's OpenID metadata does not list.", check.Problem);
        Assert.DoesNotContain("IDX", check.Problem, StringComparison.Ordinal);
    }

    private BotConnectorAuthentication Authentication()
    {
        var options = Options.Create(new TeamsOptions { Enabled = true, AppId = "app-id", AppPassword = "app-secret", OpenIdMetadataUrl = _stub.OpenIdMetadataUrl });
        var metadata = new BotConnectorMetadata(_services.GetRequiredService<IHttpClientFactory>(), options, NullLogger<BotConnectorMetadata>.Instance, _time);
        return new BotConnectorAuthentication(metadata, options, NullLogger<BotConnectorAuthentication>.Instance, _time);
    }
}
