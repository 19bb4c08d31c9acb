using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>The one-tag embed on somebody else's page, served from another loopback origin than the agent host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetEmbedTests(WidgetTestHost host, ITestOutputHelper output)
{
    private const string HotPink = "rgb(255, 105, 180)";

    [Fact]
    public async Task The_script_tag_on_an_allowed_origin_adds_a_launcher_that_opens_a_working_chat()
    {
        await using var widget = await host.OpenAsync(host.Site.Page());
        var launcher = widget.Button("Chat with SegmentAI");
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(widget.Page.GetByRole(AriaRole.Region, new() { Name = "SegmentAI" })).ToBeHiddenAsync();

        await launcher.ClickAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(widget.Page.GetByText("Workspace: Acme Retail")).ToBeVisibleAsync();
        await widget.SignInAsync("deshawn.marketer@acme");
        var reply = await widget.SendAsync("gold members in Texas");

        var card = reply.GetByRole(AriaRole.Article);
        await Expect(card.Locator(".sa-condition")).ToHaveTextAsync(["Loyalty Tier is Gold", "Home State is Texas"]);
        await Expect(card).ToContainTextAsync("42 of 1,500 customers (2.8%)");
        Assert.NotEqual(HotPink, await widget.Button("Send").EvaluateAsync<string>("button => getComputedStyle(button).backgroundColor"));
        Assert.Equal(HotPink, await widget.Button("Add to basket").EvaluateAsync<string>("button => getComputedStyle(button).backgroundColor"));
        Assert.DoesNotContain("Georgia", await card.EvaluateAsync<string>("card => getComputedStyle(card).fontFamily"), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await widget.ScreenshotAsync("widget-embedded.png")}");

        await widget.Page.Keyboard.PressAsync("Escape");
        await Expect(launcher).ToBeFocusedAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task A_page_on_an_origin_not_in_the_allowed_list_is_told_why_the_chat_is_unavailable()
    {
        await using var widget = await host.OpenAsync(host.Site.PageOnUnlistedOrigin());

        await widget.Button("Chat with SegmentAI").ClickAsync();

        await Expect(widget.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("allows this page (Widget:AllowedOrigins)");
        await Expect(widget.Button("Try again")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_misspelt_data_tenant_is_reported_in_words()
    {
        await using var widget = await host.OpenAsync(host.Site.Page("acme-retial"));

        await widget.Button("Chat with SegmentAI").ClickAsync();

        await Expect(widget.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Unknown tenant: No tenant 'acme-retial' is configured; check the data-tenant attribute of the widget's script tag.");
    }
}
