using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Widget;
using SegmentAI.Host.Web;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Browser.Tests.Hosting;

/// <summary>
/// The real agent host (real engine, generated acme-retail warehouse) on a loopback port, the shop site on another,
/// and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class WidgetTestHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    // The first turn builds the tenant's facet index; a shared 2-core machine can be slow, never wrong.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private TestRepository? _repository;
    private WebApplication? _agent;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The agent host's base address (it serves the widget page at <c>/</c>).</summary>
    public Uri Agent { get; private set; } = null!;

    internal EmbeddingSite Site { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryLayout.Discover().Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive Debian's Chromium at {ChromiumPath}, which is not installed. " +
                "Install it with 'apt-get install chromium' (test.sh does this before running the tests).");
        }

        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        _repository = await TestRepository.CreateAsync();
        Site = await EmbeddingSite.StartAsync();
        _agent = AgentWebApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--SegmentAI:RepositoryRoot={_repository.Root}",
            $"--Memory:StateDirectory={_repository.StateDirectory}",
            $"--Widget:AllowedOrigins:0={Site.Origin}",
            "--Logging:LogLevel:Default=Warning",
            // A busy machine must not turn the vector search's time budget into an assumption the tests do not expect.
            "--SegmentAI:Retrieval:Retriever:VectorBudget=00:00:30",
        ]);
        await _agent.StartAsync();
        var address = _agent.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Agent = new Uri(address.TrimEnd('/') + "/");
        Site.Agent = Agent;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// Opens <paramref name="url"/> in a fresh browser context (no cookies or storage shared with other tests);
    /// <paramref name="headers"/> go with every request, as an authenticating proxy in front of the host adds them.
    /// </summary>
    internal async Task<WidgetPage> OpenAsync(
        Uri url, int width = 1280, int height = 900, ReducedMotion reducedMotion = ReducedMotion.NoPreference, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = reducedMotion,
            ExtraHTTPHeaders = headers,
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var widget = new WidgetPage(context, page);
        await page.GotoAsync(url.ToString());
        return widget;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_agent is not null)
        {
            await _agent.StopAsync();
            await _agent.DisposeAsync();
        }

        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        _repository?.Dispose();
    }
}
