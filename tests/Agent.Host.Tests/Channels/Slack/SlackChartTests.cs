using System.Buffers.Binary;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>Charts reach Slack as PNG files shared in the reply's thread, through Slack's external upload flow.</summary>
public sealed class SlackChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_chart_is_uploaded_as_a_png_and_shared_in_the_thread_after_the_numbers()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("profile of gold members", "1700000300.000100")))).Dispose();
        var message = await app.Slack.NextCallAsync();
        var ticket = await app.Slack.NextCallAsync();
        var upload = await app.Slack.NextCallAsync();
        var complete = await app.Slack.NextCallAsync();

        Assert.Equal("chat.postMessage", message.Method);
        Assert.Contains("South | 320 | 36.0%", message.AllText, StringComparison.Ordinal);
        Assert.Equal("files.getUploadURLExternal", ticket.Method);
        Assert.StartsWith("application/x-www-form-urlencoded", ticket.ContentType, StringComparison.Ordinal);
        Assert.Equal("Bearer " + SlackWebApp.BotToken, ticket.Authorization);
        Assert.Equal(("chart-1.png", "Gold members by Home Region"), (ticket.Body.GetProperty("filename").GetString(), ticket.Body.GetProperty("alt_txt").GetString()));
        Assert.Equal("upload", upload.Method);
        var png = upload.Bytes!;
        Assert.Equal(png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ticket.Body.GetProperty("length").GetString());
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal(720, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal("files.completeUploadExternal", complete.Method);
        Assert.Equal(("C0GENERAL", "1700000300.000100"), (complete.Body.GetProperty("channel_id").GetString(), complete.ThreadTs));
        var file = Assert.Single(complete.Body.GetProperty("files").EnumerateArray());
        Assert.Equal(upload.Body.GetProperty("file_id").GetString(), file.GetProperty("id").GetString());
        Assert.Equal("Gold members by Home Region", file.GetProperty("title").GetString());
        KeepForReview(png);
    }

    [Fact]
    public async Task A_chart_that_cannot_be_uploaded_leaves_the_answer_in_place()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());
        app.Slack.Script("files.getUploadURLExternal", response => response.WriteAsJsonAsync(new { ok = false, error = "missing_scope" }));

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("profile of gold members", "1700000400.000100")))).Dispose();
        var message = await app.Slack.NextCallAsync();
        var ticket = await app.Slack.NextCallAsync();
        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("hello again", "1700000400.000100")))).Dispose();
        var next = await app.Slack.NextCallAsync();

        Assert.Equal(("chat.postMessage", "files.getUploadURLExternal", "chat.postMessage"), (message.Method, ticket.Method, next.Method));
        Assert.Contains("echo: hello again", next.AllText, StringComparison.Ordinal);
    }

    // The PNG is kept beside the other screenshots, so a reviewer can look at what Slack receives.
    private static void KeepForReview(byte[] png)
    {
        var folder = Path.Combine(SegmentAI.Skills.Hosting.RepositoryLayout.Discover().Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "slack-chart.png"), png);
    }
}
