using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Host.Channels.Teams.Authentication;
using SegmentAI.Host.Channels.Teams.Configuration;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>
/// The Bot Connector's signing keys as the metadata serves them from a loopback stub, with a fake clock for the
/// interval between refetches caused by unknown key ids.
/// </summary>
public sealed class BotConnectorMetadataTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly TestSigningKey _key = new("teams-key-1", "msteams");
    private BotConnectorStub _stub = null!;

    public async Task InitializeAsync() => _stub = await BotConnectorStub.StartAsync();

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        await _services.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_served_from_memory_after()
    {
        _stub.AddKey(_key);
        var metadata = Metadata();

        var first = await metadata.GetAsync();
        var second = await metadata.GetAsync();

        Assert.Same(first, second);
        Assert.Equal(_key.Id, Assert.Single(first.Keys).KeyId);
        Assert.Equal(1, _stub.MetadataRequests);
        Assert.Equal(1, _stub.JwksRequests);
    }

    [Fact]
    public async Task An_unknown_key_refetches_the_keys_at_most_once_per_minimum_interval()
    {
        _stub.AddKey(_key);
        var metadata = Metadata();
        var fetched = await metadata.GetAsync();
        using var rotated = new TestSigningKey("rotated-key", "msteams");
        _stub.AddKey(rotated);

        var tooSoon = await metadata.RefreshAsync(fetched);
        _time.Advance(TimeSpan.FromMinutes(5));
        var refetched = await metadata.RefreshAsync(fetched);
        var again = await metadata.RefreshAsync(refetched!);

        Assert.Null(tooSoon);
        Assert.NotNull(refetched);
        Assert.Contains(refetched.Keys, k => k.KeyId == rotated.Id);
        Assert.Same(refetched, await metadata.GetAsync());
        Assert.Null(again);
        Assert.Equal(2, _stub.JwksRequests);
    }

    [Fact]
    public async Task A_caller_holding_keys_older_than_a_refetch_gets_the_new_keys_without_another_fetch()
    {
        _stub.AddKey(_key);
        var metadata = Metadata(o => o.SigningKeyMinimumRefreshInterval = TimeSpan.Zero);
        var stale = await metadata.GetAsync();
        var fresh = await metadata.RefreshAsync(stale);

        var caughtUp = await metadata.RefreshAsync(stale);

        Assert.NotNull(fresh);
        Assert.Same(fresh, caughtUp);
        Assert.Equal(2, _stub.JwksRequests);
    }

    [Fact]
    public async Task Unreachable_metadata_before_any_keys_are_known_makes_them_unavailable_without_the_library_message()
    {
        _stub.AddKey(_key);
        _stub.MetadataAvailable = false;
        var metadata = Metadata();

        var error = await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => metadata.GetAsync());

        Assert.Equal($"the Bot Connector signing keys could not be fetched from {_stub.OpenIdMetadataUrl}", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task When_a_refetch_fails_the_keys_fetched_before_stay_in_use()
    {
        _stub.AddKey(_key);
        var metadata = Metadata();
        var fetched = await metadata.GetAsync();
        _stub.MetadataAvailable = false;
        _time.Advance(TimeSpan.FromMinutes(5));

        var refreshed = await metadata.RefreshAsync(fetched);

        Assert.Null(refreshed);
        Assert.Same(fetched, await metadata.GetAsync());
        Assert.True(_stub.MetadataRequests > 1);
    }

    [Fact]
    public async Task A_key_set_without_a_usable_key_is_unavailable_and_weak_keys_do_not_count()
    {
        using var weak = TestSigningKey.OfSize(1024, "weak-key", "msteams");
        _stub.AddKey(weak);
        var metadata = Metadata();

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => metadata.GetAsync());
    }

    [Fact]
    public async Task Weak_keys_are_left_out_of_the_keys_in_use()
    {
        using var weak = TestSigningKey.OfSize(1024, "weak-key", "msteams");
        _stub.AddKey(weak);
        _stub.AddKey(_key);
        var metadata = Metadata();

        var keys = await metadata.GetAsync();

        Assert.Equal(_key.Id, Assert.Single(keys.Keys).KeyId);
    }

    [Fact]
    public async Task A_key_set_named_over_plain_http_off_loopback_is_refused_without_a_request()
    {
        const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
        using var http = new OfflineHttp { Body = """{"issuer":"https://api.botframework.com","jwks_uri":"http://login.botframework.com/v1/.well-known/keys"}""" };
        var metadata = new BotConnectorMetadata(
            http, Options.Create(new TeamsOptions { OpenIdMetadataUrl = MetadataUrl }), NullLogger<BotConnectorMetadata>.Instance, _time);

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => metadata.GetAsync());

        Assert.Equal(new Uri(MetadataUrl), Assert.Single(http.Requests));
    }

    private BotConnectorMetadata Metadata(Action<TeamsOptions>? change = null)
    {
        var options = new TeamsOptions { Enabled = true, AppId = "app-id", AppPassword = "app-secret", OpenIdMetadataUrl = _stub.OpenIdMetadataUrl };
        change?.Invoke(options);
        return new BotConnectorMetadata(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(options), NullLogger<BotConnectorMetadata>.Instance, _time);
    }
}
