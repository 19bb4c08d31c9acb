using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Channels.Slack;
using SegmentAI.Host.Tests.CommandLine;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>A whole Slack conversation against the real engine and a generated acme-retail warehouse.</summary>
public sealed class SlackRealEngineTests(CommandLineFixture fixture) : IClassFixture<CommandLineFixture>
{
    private const string Thread = "1700003000.000100";

    [Fact]
    public async Task A_marketer_builds_clarifies_saves_and_explains_a_segment_in_a_thread()
    {
        // A busy machine must not turn the vector search's time budget into an assumption the test does not expect.
        await using var app = await SlackWebApp.StartAsync(
            services: services =>
            {
                var real = services.Single(d => d.ServiceType == typeof(IConversationEngine) && !d.IsKeyedService);
                services.Remove(real);
                services.AddSingleton<IConversationEngine>(sp => new WarehouseEngine((IConversationEngine)real.ImplementationFactory!(sp), fixture.Warehouse));
            },
            settings: "--SegmentAI:Retrieval:Retriever:VectorBudget=00:00:30");

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("customers who bought baby products recently", Thread)))).Dispose();
        var question = await app.Slack.NextCallAsync();
        (await app.ClickAsync(question.Buttons[SlackActions.Option(2)], Thread, "trigger-clarify")).Dispose();
        var segment = await app.Slack.NextCallAsync();
        (await app.ClickAsync(segment.Buttons[SlackActions.Save], Thread, "trigger-save")).Dispose();
        var saved = await app.Slack.NextCallAsync();
        (await app.ClickAsync(segment.Buttons[SlackActions.Explain], Thread, "trigger-explain")).Dispose();
        var explained = await app.Slack.NextCallAsync();

        Assert.Equal(("chat.postMessage", Thread), (question.Method, question.ThreadTs));
        Assert.Contains("What time period do you mean by \"recently\"?", question.AllText, StringComparison.Ordinal);
        Assert.Equal("the last 30 days", question.Buttons[SlackActions.Option(2)].GetProperty("value").GetString());

        Assert.Equal(("response_url", Thread), (segment.Method, segment.ThreadTs));
        // The window came from the answer, so nothing was assumed: no assumptions context block.
        Assert.Equal(["section", "section", "section", "actions"], segment.BlockTypes);
        var fields = segment.Blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToList();
        Assert.StartsWith("*C1 · Department Purchased*", fields[0], StringComparison.Ordinal);
        Assert.Matches(@"^\*Size\*\n[\d,]+ of 1,500 \(\d+\.\d%\)$", fields[^1]);
        Assert.Contains("```SELECT", segment.AllText, StringComparison.Ordinal);

        Assert.Matches("^Saved as \"Customers who bought baby products recently\" \\(seg-\\d+\\)\\.$", saved.Text);
        Assert.Contains("retrieved from the catalog", explained.AllText, StringComparison.Ordinal);
        Assert.Equal([SlackActions.ThumbsUp, SlackActions.ThumbsDown], explained.Buttons.Keys);
    }
}
