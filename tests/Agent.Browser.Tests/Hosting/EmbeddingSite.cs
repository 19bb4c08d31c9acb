using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SegmentAI.Browser.Tests.Hosting;

/// <summary>
/// Somebody else's web site on another loopback origin: a shop page whose own styles would clash with the widget,
/// embedding it with the one documented script tag.
/// </summary>
internal sealed class EmbeddingSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddingSite(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The origin the agent host allows (Widget:AllowedOrigins).</summary>
    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>Where the widget is served from; set once the agent host has started.</summary>
    public Uri? Agent { get; set; }

    /// <summary>The shop page on the allowed origin.</summary>
    public Uri Page(string tenant = "acme-retail") => new($"{Origin}/shop?tenant={Uri.EscapeDataString(tenant)}");

    /// <summary>The same page on an origin the agent host does not allow (same server, another host name).</summary>
    public Uri PageOnUnlistedOrigin() => new($"http://localhost:{Port}/shop?tenant=acme-retail");

    public static async Task<EmbeddingSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        EmbeddingSite? site = null;
        app.MapGet("/shop", (string? tenant) => Results.Content(ShopPage(site!.Agent!, tenant ?? "acme-retail"), "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        site = new EmbeddingSite(app, address.Port);
        return site;
    }

    private static string ShopPage(Uri agent, string tenant) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Acme shop</title>
          <style>
            * { font-family: Georgia, serif; }
            button { background: hotpink; color: yellow; border: 4px dashed green; }
          </style>
        </head>
        <body>
          <h1>Acme shop</h1>
          <p>Somebody else's page. <button type="button">Add to basket</button></p>
          <script src="{{WebUtility.HtmlEncode(new Uri(agent, "widget.js").ToString())}}" data-tenant="{{WebUtility.HtmlEncode(tenant)}}"></script>
        </body>
        </html>
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
