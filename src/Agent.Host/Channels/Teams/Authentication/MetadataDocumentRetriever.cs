using Microsoft.IdentityModel.Protocols;

namespace SegmentAI.Host.Channels.Teams.Authentication;

/// <summary>
/// Fetches the OpenID metadata and its key set over HTTPS with the library's <see cref="HttpDocumentRetriever"/>, on
/// the host's named HTTP client (so <see cref="Configuration.TeamsOptions.HttpTimeout"/> applies). Plain http is let through only
/// to a loopback host: the tests serve the metadata on 127.0.0.1, and a key set fetched in clear from anywhere else
/// could be swapped by whoever sits on the path.
/// </summary>
internal sealed class MetadataDocumentRetriever : IDocumentRetriever
{
    public const string HttpClientName = "SegmentAI.Teams.OpenIdMetadata";

    private readonly IHttpClientFactory _http;

    public MetadataDocumentRetriever(IHttpClientFactory http)
    {
        _http = http;
    }

    /// <summary>True when <paramref name="address"/> is an absolute URL whose host is this machine.</summary>
    public static bool IsLoopback(string? address) => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="address"/> is not https and not on loopback.</exception>
    /// <exception cref="IOException">The document could not be fetched.</exception>
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        // A client per fetch rather than one held for the life of the host, so the factory can rotate its handlers.
        var retriever = new HttpDocumentRetriever(_http.CreateClient(HttpClientName))
        {
            RequireHttps = !IsLoopback(address),
            SendAdditionalHeaderData = false,
        };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
