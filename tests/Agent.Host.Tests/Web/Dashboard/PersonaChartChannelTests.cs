using System.Buffers.Binary;
using SegmentAI.Host.Tests.Channels.Slack;
using SegmentAI.Host.Tests.Channels.Teams;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Tests.Web.Dashboard;

/// <summary>
/// The personas overview's charts (PCA map and drop-off bars with intervals) reach Slack and Teams as PNG images,
/// captured by the loopback stand-ins of their APIs.
/// </summary>
public sealed class PersonaChartChannelTests(PersonaDashboardFixture fixture) : IClassFixture<PersonaDashboardFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Slack_receives_the_map_and_the_drop_off_bars_as_png_files()
    {
        var overview = (await fixture.ViewAsync()).Views.Overview;
        var titles = overview.OfType<ChartContent>().Select(c => c.Title).ToList();
        await using var app = await SlackWebApp.StartAsync(new PersonasEngine(overview));

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("what kinds of users do we have?", "1700009000.000100")))).Dispose();
        var message = await app.Slack.NextCallAsync("chat.postMessage");
        var uploads = new List<(string Title, byte[] Png)>();
        for (var i = 0; i < titles.Count; i++)
        {
            var ticket = await app.Slack.NextCallAsync("files.getUploadURLExternal");
            var upload = await app.Slack.NextCallAsync("upload");
            uploads.Add((ticket.Body.GetProperty("alt_txt").GetString()!, upload.Bytes!));
        }

        Assert.Contains("behavioural personas", message.AllText, StringComparison.Ordinal);
        Assert.Equal(titles, uploads.Select(u => u.Title));
        Assert.All(uploads, u => AssertPng(u.Png));
        Keep("slack-personas-map.png", uploads[0].Png);
        Keep("slack-personas-drop-off.png", uploads[1].Png);
    }

    [Fact]
    public async Task Teams_receives_the_map_and_the_drop_off_bars_as_png_images_in_the_card()
    {
        var overview = (await fixture.ViewAsync()).Views.Overview;
        var titles = overview.OfType<ChartContent>().Select(c => c.Title).ToList();
        await using var web = await TeamsWebApp.StartAsync(new PersonasEngine(overview));

        await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "what kinds of users do we have?"));

        var reply = Assert.Single(await web.Connector.WaitForMessagesAsync(1));
        var images = reply.Card.GetProperty("body").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "Image").ToList();
        Assert.Equal(titles, images.Select(i => i.GetProperty("altText").GetString()));
        var pngs = images.Select(i => i.GetProperty("url").GetString()!).Select(url =>
        {
            Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
            return Convert.FromBase64String(url["data:image/png;base64,".Length..]);
        }).ToList();
        Assert.All(pngs, AssertPng);
        Keep("teams-personas-map.png", pngs[0]);
        Keep("teams-personas-drop-off.png", pngs[1]);
    }

    // A real picture, not an empty canvas: the PNG header, a chart-sized image, and more bytes than a blank one takes.
    private static void AssertPng(byte[] png)
    {
        Assert.Equal(PngSignature, png[..8]);
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), 320, 4000);
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)), 160, 4000);
        Assert.True(png.Length > 8_000, $"a {png.Length}-byte PNG is too small to hold a drawn chart");
    }

    // Kept beside the other screenshots, so a reviewer can look at what Slack and Teams receive.
    private static void Keep(string name, byte[] png)
    {
        var folder = Path.Combine(RepositoryLayout.Discover().Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), png);
    }
}
