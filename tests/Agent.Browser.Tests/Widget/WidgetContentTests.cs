using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>Typed reply contents drawn in the page: a breakdown as a table and an SVG bar chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetContentTests(WidgetTestHost host, ITestOutputHelper output)
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 900)]
    public async Task A_breakdown_is_a_table_and_a_bar_chart_that_fit_the_page(int width, int height)
    {
        await using var widget = await host.OpenAsync(host.Agent, width: width, height: height);
        await widget.SignInAsync("priya.marketer@acme");
        await widget.SendAsync("gold members");

        var reply = await widget.SendAsync("break it down by region");

        var table = reply.Locator("figure.sa-table table");
        await Expect(reply.Locator("figure.sa-table figcaption")).ToHaveTextAsync("Gold members by Home Region");
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["Home Region", "Customers", "Share"]);
        var regions = await table.Locator("tbody th").AllTextContentsAsync();
        Assert.Equal(4, regions.Count);
        var chart = reply.GetByRole(AriaRole.Img);
        await Expect(chart.Locator("rect.sa-bar")).ToHaveCountAsync(4);
        var label = await chart.GetAttributeAsync("aria-label");
        var counts = await table.Locator("tbody td:nth-child(2)").AllTextContentsAsync();
        Assert.All(regions.Zip(counts), rc => Assert.Contains($"{rc.First} {rc.Second}", label, StringComparison.Ordinal));
        Assert.Equal(await widget.Page.EvaluateAsync<int>("() => document.documentElement.clientWidth"),
            await widget.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));

        output.WriteLine($"screenshot: {await widget.ScreenshotAsync($"widget-breakdown-{width}px.png")}");
    }
}
