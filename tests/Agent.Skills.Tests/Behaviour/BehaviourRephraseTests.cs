using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;
using TextContent = SegmentAI.Skills.Chat.TextContent;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Tests.Llm;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>A configured model may reword the opening of a persona reply; a rewording with a number the analysis did not write is discarded.</summary>
public sealed class BehaviourRephraseTests(BehaviourChatFixture chat) : IClassFixture<BehaviourChatFixture>
{
    [Fact]
    public async Task A_rewording_that_keeps_the_numbers_and_names_replaces_only_the_opening_paragraph()
    {
        var deterministic = await chat.Engine.HandleAsync(chat.Say("which users drop off the most?", "plain"));
        var lead = deterministic.Text[..deterministic.Text.IndexOf("\n\n", StringComparison.Ordinal)];
        var client = new ScriptedChatClient().Answer("In short: " + lead);

        var reply = await WithModel(client, "which users drop off the most?", "reworded");

        Assert.StartsWith("In short: ", reply.Text, StringComparison.Ordinal);
        Assert.Equal(deterministic.Text[deterministic.Text.IndexOf("\n\n", StringComparison.Ordinal)..], reply.Text[reply.Text.IndexOf("\n\n", StringComparison.Ordinal)..]);
        Assert.Equal(deterministic.Contents.Skip(1), reply.Contents.Skip(1), ContentComparer.Instance);
        Assert.Contains(lead, client.Requests.Single().Last().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Most users drop off: 97 % of them.")]
    [InlineData("The browsers drop off the most.")]
    [InlineData("")]
    public async Task A_rewording_with_an_invented_number_or_without_the_personas_name_is_discarded(string answer)
    {
        var deterministic = await chat.Engine.HandleAsync(chat.Say("which users drop off the most?", "plain-" + answer.Length));

        var reply = await WithModel(new ScriptedChatClient().Answer(answer), "which users drop off the most?", "invented-" + answer.Length);

        Assert.Equal(deterministic.Text, reply.Text);
    }

    [Fact]
    public async Task An_endpoint_that_fails_leaves_the_deterministic_reply()
    {
        var deterministic = await chat.Engine.HandleAsync(chat.Say("show retention by persona", "plain-failed"));

        var reply = await WithModel(new ScriptedChatClient().Fail(new HttpRequestException("connection refused")), "show retention by persona", "failed");

        Assert.Equal((ReplyKind.Answer, deterministic.Text), (reply.Kind, reply.Text));
    }

    private async Task<ChatReply> WithModel(ScriptedChatClient client, string text, string session)
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection([new("SegmentAI:Retrieval:Retriever:VectorBudget", "00:00:30")])
                .Build())
            .AddSegmentSkills()
            .AddSingleton(sp => new AnswerRephraser(client, new LlmOptions { Endpoint = "http://127.0.0.1:9/v1" }, sp.GetRequiredService<ILogger<AnswerRephraser>>()))
            .BuildServiceProvider();
        return await services.GetRequiredService<IConversationEngine>().HandleAsync(chat.Say(text, session));
    }

    private sealed class ContentComparer : IEqualityComparer<ReplyContent>
    {
        public static readonly ContentComparer Instance = new();

        public bool Equals(ReplyContent? x, ReplyContent? y) => ReferenceEquals(x, y) || (x is not null && y is not null
            && System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y));

        public int GetHashCode(ReplyContent obj) => System.Text.Json.JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
