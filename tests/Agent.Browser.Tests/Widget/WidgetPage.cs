using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>The widget as a person sees it: sign in, write, click, read the replies.</summary>
internal sealed class WidgetPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    public ILocator Conversation => page.GetByRole(AriaRole.Log, new() { Name = "Conversation" });

    public ILocator Input => page.GetByLabel("Message", new() { Exact = true });

    public ILocator Replies => page.Locator(".sa-message.sa-agent");

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public async Task SignInAsync(string userId)
    {
        await page.GetByLabel("Chat as").SelectOptionAsync(userId);
        await Button("Start chatting").ClickAsync();
        await Expect(Input).ToBeFocusedAsync();
    }

    /// <summary>Types <paramref name="text"/>, presses Enter and waits for the whole reply.</summary>
    public Task<ILocator> SendAsync(string text) => ReplyToAsync(async () =>
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
    });

    /// <summary>Clicks <paramref name="button"/> and waits for the whole reply it asks for.</summary>
    public Task<ILocator> ClickForReplyAsync(ILocator button) => ReplyToAsync(() => button.ClickAsync());

    /// <summary>Does <paramref name="act"/> (which sends one message) and returns the finished reply to it.</summary>
    public async Task<ILocator> ReplyToAsync(Func<Task> act)
    {
        var before = await Replies.CountAsync();
        await act();
        await Expect(Replies).ToHaveCountAsync(before + 1);
        var reply = Replies.Nth(before);
        await Expect(reply).ToHaveAttributeAsync("aria-busy", "false");
        return reply;
    }

    /// <summary>What has keyboard focus, looking inside shadow roots: its accessible label or its text.</summary>
    public Task<string> FocusedAsync() => page.EvaluateAsync<string>("""
        () => {
          let element = document.activeElement;
          while (element && element.shadowRoot && element.shadowRoot.activeElement) {
            element = element.shadowRoot.activeElement;
          }
          if (!element || element === document.body) {
            return '';
          }
          const label = element.getAttribute('aria-label') || (element.labels && element.labels.length ? element.labels[0].textContent : null);
          return (label || element.textContent || element.tagName).trim();
        }
        """);

    /// <summary>The outline the focused element is drawn with, so keyboard focus can be seen.</summary>
    public Task<string> FocusOutlineAsync() => page.EvaluateAsync<string>("""
        () => {
          let element = document.activeElement;
          while (element && element.shadowRoot && element.shadowRoot.activeElement) {
            element = element.shadowRoot.activeElement;
          }
          const style = getComputedStyle(element);
          return style.outlineStyle + ' ' + style.outlineWidth;
        }
        """);

    /// <summary>
    /// Presses <paramref name="key"/> until <paramref name="name"/> has focus and returns what had focus on the way;
    /// fails after <paramref name="limit"/> presses.
    /// </summary>
    public async Task<IReadOnlyList<string>> MoveFocusToAsync(string name, string key = "Tab", int limit = 40)
    {
        var seen = new List<string>();
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync(key);
            var focused = await FocusedAsync();
            if (focused == name)
            {
                return seen;
            }

            seen.Add(focused);
        }

        Assert.Fail($"'{name}' never got focus with {key}; focus went through: {string.Join(" | ", seen)}");
        return seen;
    }

    public async Task<string> ScreenshotAsync(string fileName)
    {
        var path = Path.Combine(Hosting.WidgetTestHost.ScreenshotFolder, fileName);
        Directory.CreateDirectory(Hosting.WidgetTestHost.ScreenshotFolder);

        // The conversation scrolls smoothly to its end; the picture shows the end without waiting for the animation.
        if (await Replies.CountAsync() > 0)
        {
            await Replies.Last.ScrollIntoViewIfNeededAsync();
        }

        await page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
