using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>What a marketer expects of the page around the chat: the conversation survives a reload, files download, nothing overflows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetHistoryTests(WidgetTestHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task A_reload_shows_the_conversation_again_and_it_goes_on_in_the_same_session()
    {
        await using var widget = await host.OpenAsync(host.Agent);
        await widget.SignInAsync("marco.marketer@acme");
        await widget.SendAsync("gold members");
        await widget.SendAsync("explain it");

        await widget.Page.ReloadAsync();
        await widget.SignInAsync("marco.marketer@acme");

        await Expect(widget.Conversation.Locator(".sa-history")).ToHaveCountAsync(4);
        await Expect(widget.Conversation.Locator(".sa-history.sa-user").First).ToContainTextAsync("gold members");
        await Expect(widget.Conversation.Locator(".sa-restored")).ToContainTextAsync("Your conversation from earlier");
        var edited = await widget.SendAsync("only the ones in Texas");
        await Expect(edited.GetByRole(AriaRole.Article)).ToContainTextAsync("Loyalty Tier is Gold");
        await Expect(edited.GetByRole(AriaRole.Article)).ToContainTextAsync("Texas");

        await widget.Button("New conversation").ClickAsync();
        await Expect(widget.Conversation.Locator(".sa-message")).ToHaveCountAsync(0);
        await widget.Page.ReloadAsync();
        await widget.SignInAsync("marco.marketer@acme");
        await Expect(widget.Conversation.Locator(".sa-restored")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Export_csv_downloads_the_saved_segments_member_keys()
    {
        await using var widget = await host.OpenAsync(host.Agent);
        await widget.SignInAsync("marco.marketer@acme");
        var created = await widget.SendAsync("platinum members");
        await widget.SendAsync("save it as Widget platinum export");
        var size = await created.Locator(".sa-size p").TextContentAsync();

        var exported = await widget.ClickForReplyAsync(widget.Button("Export CSV").Last);
        var download = await widget.Page.RunAndWaitForDownloadAsync(() => exported.GetByRole(AriaRole.Button, new() { Name = "Download widget-platinum-export-members.csv" }).ClickAsync());

        Assert.Equal("widget-platinum-export-members.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0).ToList();
        Assert.Equal("customer_id", lines[0]);
        Assert.StartsWith($"{lines.Count - 1:N0} of ", size, StringComparison.Ordinal);
        await Expect(exported.Locator(".sa-download-status")).ToHaveTextAsync("Downloaded widget-platinum-export-members.csv.");
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 900)]
    public async Task An_explanation_fits_the_page_without_scrolling_sideways(int width, int height)
    {
        await using var widget = await host.OpenAsync(host.Agent, width: width, height: height);
        await widget.SignInAsync("priya.marketer@acme");
        await widget.SendAsync("gold members in Texas who bought electronics in Q3 and opted in to email marketing");

        await widget.SendAsync("explain it");

        Assert.Equal(await widget.Page.EvaluateAsync<int>("() => document.documentElement.clientWidth"),
            await widget.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        output.WriteLine($"screenshot: {await widget.ScreenshotAsync($"widget-explain-{width}px.png")}");
    }
}
