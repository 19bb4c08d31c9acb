using SegmentAI.Browser.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SegmentAI.Browser.Tests.Widget;

/// <summary>The demo login screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetLoginTests(WidgetTestHost host)
{
    [Fact]
    public async Task The_login_offers_a_marketer_first_not_an_admin()
    {
        await using var widget = await host.OpenAsync(host.Agent);

        await Expect(widget.Page.GetByLabel("Chat as")).ToHaveValueAsync("marco.marketer@acme");
    }
}
