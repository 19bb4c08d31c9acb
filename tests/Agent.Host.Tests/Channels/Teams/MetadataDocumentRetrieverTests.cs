using SegmentAI.Host.Channels.Teams.Authentication;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>The OpenID metadata and key set are fetched over https only, except from this machine.</summary>
public sealed class MetadataDocumentRetrieverTests
{
    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/keys")]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/keys")]
    [InlineData("http://localhost:5000/v1/.well-known/keys")]
    [InlineData("http://[::1]:5000/v1/.well-known/keys")]
    public async Task Https_anywhere_and_http_on_loopback_are_fetched(string address)
    {
        using var http = new OfflineHttp { Body = """{"keys":[]}""" };

        var document = await new MetadataDocumentRetriever(http).GetDocumentAsync(address, CancellationToken.None);

        Assert.Equal("""{"keys":[]}""", document);
        Assert.Equal(new Uri(address), Assert.Single(http.Requests));
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/keys")]
    [InlineData("http://10.0.0.7/v1/.well-known/openidconfiguration")]
    public async Task Plain_http_off_loopback_is_refused_before_any_request(string address)
    {
        using var http = new OfflineHttp();

        await Assert.ThrowsAsync<ArgumentException>(() => new MetadataDocumentRetriever(http).GetDocumentAsync(address, CancellationToken.None));

        Assert.Empty(http.Requests);
    }
}
