using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tests.Llm;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>With a model configured, a request the rules cannot ground makes one call, and its answer is verified.</summary>
public sealed class LlmFallbackTests
{
    private static async Task<(ChatReply Reply, ScriptedChatClient Client, string Constitution)> AskAsync(string modelAnswer)
    {
        var client = new ScriptedChatClient().Answer(modelAnswer, inputTokens: 2_000, outputTokens: 150);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<IChatClient>(client)
            .AddSingleton(sp => new SegmentDrafter(client, new LlmOptions { Endpoint = "http://127.0.0.1:9/v1" }, sp.GetRequiredService<ILogger<SegmentDrafter>>()))
            .AddSegmentSkills()
            .BuildServiceProvider();
        var engine = services.GetRequiredService<IConversationEngine>();

        var reply = await engine.HandleAsync(new ChatRequest("acme-retail", "llm@acme", "llm", "purple elephants", "eval", TrustUnknownUsers: true, AsOf: new DateOnly(2026, 11, 22), EstimateSize: false));
        return (reply, client, services.GetRequiredService<SegmentAI.Skills.Prompting.Constitution>().Text);
    }

    [Fact]
    public async Task A_grounded_model_answer_becomes_the_segment_and_the_call_is_audited()
    {
        var (reply, client, constitution) = await AskAsync("""
            {"name":"Camping gear buyers","root":{"type":"condition","source_text":"purple elephants","facet":"category_purchased","operator":"in","values":["Camping"],"grounding":"inferred","confidence":0.7}}
            """);

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal("category_purchased", Assert.Single(reply.Segment!.Conditions).Facet);
        Assert.Contains("drafted 1 grounded condition", Assert.Single(reply.Audit, a => a.Step == "llm").Detail, StringComparison.Ordinal);
        Assert.Equal((1, 2_000L, 150L), (reply.Usage!.LlmCalls, reply.Usage.InputTokens, reply.Usage.OutputTokens));
        Assert.Equal(constitution, client.Requests.Single()[0].Text);
    }

    [Fact]
    public async Task An_invented_facet_from_the_model_is_rejected_and_the_question_stands()
    {
        var (reply, _, _) = await AskAsync("""
            {"root":{"type":"condition","source_text":"purple elephants","facet":"outdoor_lifestyle_score","operator":"gt","values":[0.5]}}
            """);

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
        Assert.Contains("not grounded", Assert.Single(reply.Audit, a => a.Step == "llm").Detail, StringComparison.Ordinal);
        Assert.Equal(1, reply.Usage?.LlmCalls);
    }
}
