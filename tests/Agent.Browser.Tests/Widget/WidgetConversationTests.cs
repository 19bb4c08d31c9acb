using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>The home page's widget against the real engine and the generated acme-retail warehouse (as of 2026-11-22).</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetConversationTests(WidgetTestHost host, ITestOutputHelper output)
{
    private const int Height = 1000;

    [Fact]
    public async Task A_marketer_creates_clarifies_refines_saves_and_lists_a_segment_by_clicking()
    {
        await using var widget = await host.OpenAsync(host.Agent, height: Height);
        await Expect(widget.Page.GetByRole(AriaRole.Heading, new() { Name = "Demo login" })).ToBeVisibleAsync();
        await Expect(widget.Page.GetByText("Demo only: pick any enrolled user")).ToBeVisibleAsync();
        await widget.SignInAsync("marco.marketer@acme");
        await Expect(widget.Page.GetByText("Chatting as")).ToContainTextAsync("Marco Bianchi (marketer) in Acme Retail");

        var recency = await widget.SendAsync("customers who spent a lot recently");
        await Expect(recency.GetByText("What time period do you mean by \"recently\"?")).ToBeVisibleAsync();
        await Expect(recency.GetByRole(AriaRole.Button)).ToHaveTextAsync(["the last 7 days", "the last 30 days", "the last 90 days"]);

        var amount = await widget.ClickForReplyAsync(recency.GetByRole(AriaRole.Button, new() { Name = "the last 90 days" }));
        await Expect(recency.GetByRole(AriaRole.Button, new() { Name = "the last 90 days" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(recency.GetByRole(AriaRole.Button, new() { Name = "the last 7 days" })).ToBeDisabledAsync();
        await Expect(amount.GetByText("What counts as \"a lot\" for you?")).ToBeVisibleAsync();

        var created = await widget.ClickForReplyAsync(amount.GetByRole(AriaRole.Button, new() { Name = "more than $200 in a single transaction" }));
        var card = created.GetByRole(AriaRole.Article);
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Customers who spent a lot recently" })).ToBeVisibleAsync();
        await Expect(card.Locator(".sa-conditions li")).ToHaveTextAsync(
            ["retrieved Single Order Total from 24 Aug 2026 to 21 Nov 2026 is more than $200 — from \"spent a lot recently\""]);
        await Expect(card).ToContainTextAsync("445 of 1,500 customers (29.7%)");
        await Expect(card.Locator(".sa-bar span")).ToHaveAttributeAsync("style", "width:29.7%");

        var showSql = card.GetByRole(AriaRole.Button, new() { Name = "Show SQL" });
        await Expect(card.Locator(".sa-sql")).ToBeHiddenAsync();
        await showSql.ClickAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Hide SQL" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(card.Locator(".sa-sql")).ToContainTextAsync("SELECT t.customer_id");

        await card.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await Expect(widget.Input).ToBeFocusedAsync();
        await Expect(widget.Input).ToHaveValueAsync("only ");
        var refined = await widget.ReplyToAsync(async () =>
        {
            await widget.Input.PressSequentiallyAsync("gold members");
            await widget.Input.PressAsync("Enter");
        });
        var refinedCard = refined.GetByRole(AriaRole.Article);
        await Expect(refinedCard.Locator(".sa-condition")).ToHaveTextAsync(
            ["Single Order Total from 24 Aug 2026 to 21 Nov 2026 is more than $200", "Loyalty Tier is Gold"]);
        await Expect(refinedCard).ToContainTextAsync("166 of 1,500 customers (11.1%)");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeDisabledAsync();

        var thanks = await widget.ClickForReplyAsync(refinedCard.GetByRole(AriaRole.Button, new() { Name = "Good answer" }));
        await Expect(thanks).ToContainTextAsync("Thanks for the 5/5");

        await refinedCard.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var name = refinedCard.GetByLabel("Save as");
        await Expect(name).ToBeFocusedAsync();
        await Expect(name).ToHaveValueAsync("Customers who spent a lot recently");
        await name.FillAsync("Recent gold big spenders");
        var saved = await widget.ClickForReplyAsync(refinedCard.GetByRole(AriaRole.Button, new() { Name = "Save segment" }));
        await Expect(saved).ToContainTextAsync("Saved as \"Recent gold big spenders\" (seg-");
        await Expect(widget.Page.Locator(".sa-message.sa-user").Last).ToHaveTextAsync("You: save it as Recent gold big spenders");

        var listed = await widget.SendAsync("show my segments");
        await Expect(listed).ToContainTextAsync("Saved segments:");
        await Expect(listed.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Recent gold big spenders" }))
            .ToContainTextAsync(new Regex(@"by marco\.marketer@acme, \d{4}-\d{2}-\d{2}\)"));

        // The conversation scrolls inside its log; the page itself stays one screen tall.
        Assert.Equal(Height, await widget.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"));
        var screenshot = await widget.ScreenshotAsync("widget-conversation.png");
        output.WriteLine($"screenshot: {screenshot}");
    }

    [Fact]
    public async Task A_refusal_reads_as_a_plain_message()
    {
        await using var widget = await host.OpenAsync(host.Agent);
        await widget.SignInAsync("hannah.viewer@acme");

        var refusal = await widget.SendAsync("create a segment of gold members");

        await Expect(refusal.Locator(".sa-refusal")).ToContainTextAsync("I can't do that:");
        await Expect(refusal).Not.ToContainTextAsync("Exception");
    }
}
