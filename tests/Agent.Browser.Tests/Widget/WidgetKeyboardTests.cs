using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>The widget with the keyboard alone: Tab and Shift+Tab to move, Enter to act.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetKeyboardTests(WidgetTestHost host)
{
    [Fact]
    public async Task The_keyboard_alone_signs_in_answers_the_questions_and_reaches_every_card_button()
    {
        await using var widget = await host.OpenAsync(host.Agent);
        var keyboard = widget.Page.Keyboard;

        await widget.MoveFocusToAsync("Chat as");
        await keyboard.PressAsync("p");
        await Expect(widget.Page.GetByLabel("Chat as")).ToHaveValueAsync("priya.marketer@acme");
        await widget.MoveFocusToAsync("Start chatting");
        await keyboard.PressAsync("Enter");
        await Expect(widget.Input).ToBeFocusedAsync();

        await widget.ReplyToAsync(async () =>
        {
            await keyboard.TypeAsync("customers who spent a lot recently");
            await keyboard.PressAsync("Enter");
        });
        await widget.MoveFocusToAsync("the last 90 days", "Shift+Tab");
        await widget.ReplyToAsync(() => keyboard.PressAsync("Enter"));
        await Expect(widget.Input).ToBeFocusedAsync();
        await widget.MoveFocusToAsync("more than $200 in a single transaction", "Shift+Tab");
        var created = await widget.ReplyToAsync(() => keyboard.PressAsync("Enter"));
        await Expect(created.GetByRole(AriaRole.Article)).ToContainTextAsync("445 of 1,500 customers (29.7%)");
        await Expect(widget.Input).ToBeFocusedAsync();

        var passed = await widget.MoveFocusToAsync("Show SQL", "Shift+Tab");
        Assert.Equal(["Bad answer", "Good answer", "Export CSV", "Explain", "Edit", "Save"], passed);
        Assert.Contains("solid 3px", await widget.FocusOutlineAsync(), StringComparison.Ordinal);
        await keyboard.PressAsync("Enter");
        await Expect(created.Locator(".sa-sql")).ToContainTextAsync("SELECT t.customer_id");
        Assert.Equal("Hide SQL", await widget.FocusedAsync());

        await widget.MoveFocusToAsync("Explain");
        var explained = await widget.ReplyToAsync(() => keyboard.PressAsync("Enter"));
        await Expect(explained).ToContainTextAsync("from your words \"spent a lot recently\"");

        await widget.MoveFocusToAsync("Save", "Shift+Tab");
        await keyboard.PressAsync("Enter");
        var name = created.GetByLabel("Save as");
        await Expect(name).ToBeFocusedAsync();
        var saved = await widget.ReplyToAsync(async () =>
        {
            await keyboard.TypeAsync("Keyboard big spenders");
            await keyboard.PressAsync("Enter");
        });
        await Expect(saved).ToContainTextAsync("Saved as \"Keyboard big spenders\"");
    }
}
