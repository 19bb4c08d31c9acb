using Microsoft.Playwright;
using SegmentAI.Browser.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>Small screens and motion preferences.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetLayoutTests(WidgetTestHost host, ITestOutputHelper output)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task At_360_pixels_wide_a_segment_card_fits_without_sideways_scrolling()
    {
        await using var widget = await host.OpenAsync(host.Agent, width: PhoneWidth, height: 740);
        await widget.SignInAsync("alice.admin@acme");

        var reply = await widget.SendAsync("gold members in Texas");

        var card = reply.GetByRole(AriaRole.Article);
        await Expect(card).ToContainTextAsync("42 of 1,500 customers (2.8%)");
        Assert.True(await widget.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= PhoneWidth);
        foreach (var name in new[] { "Save", "Edit", "Explain", "Good answer", "Bad answer", "Send" })
        {
            var box = await widget.Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"'{name}' spans {box.X}–{box.X + box.Width} px of {PhoneWidth}");
        }

        output.WriteLine($"screenshot: {await widget.ScreenshotAsync("widget-360px.png")}");
    }

    [Theory]
    [InlineData(ReducedMotion.NoPreference, "sa-bounce")]
    [InlineData(ReducedMotion.Reduce, "none")]
    public async Task The_typing_dots_move_only_when_motion_is_welcome(ReducedMotion preference, string animation)
    {
        await using var widget = await host.OpenAsync(host.Agent, reducedMotion: preference);
        await Expect(widget.Page.GetByRole(AriaRole.Region, new() { Name = "SegmentAI" })).ToHaveCSSAsync("border-radius", "12px");

        var running = await widget.Page.EvaluateAsync<string>("""
            () => {
              const body = document.querySelector('#chat').shadowRoot.querySelector('.sa-body');
              const dots = document.createElement('span');
              dots.className = 'sa-dots';
              const dot = dots.appendChild(document.createElement('span'));
              body.appendChild(dots);
              const name = getComputedStyle(dot).animationName;
              dots.remove();
              return name;
            }
            """);

        Assert.Equal(animation, running);
    }
}
