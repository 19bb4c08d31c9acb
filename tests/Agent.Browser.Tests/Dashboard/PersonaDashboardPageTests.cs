using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Dashboard;

/// <summary>
/// The personas dashboard in Chromium on dealflow's demo data: signed in as a viewer, the persona table and charts,
/// a drill-down whose link reproduces it, and the chat answering the same question; screenshots of both.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PersonaDashboardPageTests(WidgetTestHost host, ITestOutputHelper output)
{
    private const string Viewer = "kenji.viewer@dealflow";

    private Uri Dashboard => new(host.Agent, $"dashboard/dealflow/personas?days=7&asOf={TestRepository.AsOf}");

    [Fact]
    public async Task A_viewer_signs_in_sees_the_personas_and_drills_into_one()
    {
        await using var browser = await host.OpenAsync(Dashboard, width: 1280, height: 900);
        var page = browser.Page;

        await page.GetByLabel("View as").SelectOptionAsync(Viewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the dashboard" }).ClickAsync();

        var rows = page.Locator("#dash-overview table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.InRange(await rows.CountAsync(), 3, 8);
        await Expect(page.Locator("#dash-summary")).ToContainTextAsync("users active from 15 Nov 2026 to 21 Nov 2026");
        await Expect(page.Locator("#dash-overview svg[role=img]")).ToHaveCountAsync(2);
        Assert.Contains("PCA", await page.Locator("#dash-overview figcaption").Nth(1).TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#dash-retention svg[role=img]").CountAsync() >= 2);
        Assert.True(await page.Locator("#dash-experiments .dash-card").CountAsync() >= 3);
        Assert.True(await page.Locator("#dash-dropoff .sa-whisker").CountAsync() >= 3);

        var second = page.Locator(".dash-persona").Nth(1);
        var name = await second.TextContentAsync();
        await second.ClickAsync();

        var drilldown = page.Locator("#dash-drilldown");
        await Expect(drilldown.GetByRole(AriaRole.Heading, new() { Name = $"Persona 2: {name}" })).ToBeFocusedAsync();
        await Expect(drilldown.GetByRole(AriaRole.Table)).ToHaveCountAsync(1);
        Assert.True(await drilldown.Locator(".dash-card").CountAsync() >= 1);
        await Expect(drilldown.Locator("svg[role=img]")).ToHaveCountAsync(3);
        Assert.Contains("persona=2", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        Assert.Contains("persona=2", await page.Locator("#dash-link").InputValueAsync(), StringComparison.Ordinal);
        await page.Locator("#dash-title").ScrollIntoViewIfNeededAsync();

        var screenshot = Path.Combine(WidgetTestHost.ScreenshotFolder, "dashboard-personas.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
    }

    [Fact]
    public async Task A_shared_link_opens_on_its_persona_and_fits_a_phone()
    {
        var shared = new Uri(Dashboard + "&persona=3");
        await using var browser = await host.OpenAsync(shared, width: 390, height: 844, headers: [new("X-SegmentAI-Tenant", "dealflow"), new("X-SegmentAI-User", Viewer)]);
        var page = browser.Page;

        await Expect(page.Locator("#dash-drilldown h2")).ToContainTextAsync("Persona 3: ");
        await Expect(page.Locator("#dash-drilldown svg[role=img]").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a 390 px phone");

        // The first screen a phone shows of a shared link: the header, then the persona table.
        await page.Locator("#dash-title").ScrollIntoViewIfNeededAsync();
        var screenshot = Path.Combine(WidgetTestHost.ScreenshotFolder, "dashboard-personas-390px.png");
        await page.ScreenshotAsync(new() { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");
    }

    [Fact]
    public async Task A_user_of_another_workspace_gets_a_page_without_numbers()
    {
        await using var browser = await host.OpenAsync(Dashboard, headers: [new("X-SegmentAI-Tenant", "acme-retail"), new("X-SegmentAI-User", "marco.marketer@acme")]);

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "This dashboard belongs to another workspace" })).ToBeVisibleAsync();
        Assert.Equal(0, await browser.Page.Locator("table, svg").CountAsync());
    }

    [Fact]
    public async Task The_chat_answers_what_kinds_of_users_there_are_with_the_same_charts()
    {
        await using var widget = await host.OpenAsync(host.Agent, width: 1280, height: 1000);
        await widget.Page.GetByLabel("Workspace").SelectOptionAsync("dealflow");
        await widget.SignInAsync("omar.growth@dealflow");

        var reply = await widget.SendAsync("what kinds of users do we have?");

        await Expect(reply.Locator(".sa-table table")).ToHaveCountAsync(1);
        await Expect(reply.Locator("svg[role=img]")).ToHaveCountAsync(2);
        Assert.Contains("behavioural personas", await reply.TextContentAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await widget.ScreenshotAsync("widget-personas.png")}");
    }
}
