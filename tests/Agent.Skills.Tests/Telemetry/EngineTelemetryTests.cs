using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tests.Conversation;
using SegmentAI.Skills.Tests.Llm;

namespace SegmentAI.Skills.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class EngineTelemetryTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string User = "telemetry.user@acme";
    private readonly EngineFixture _engine = engine;

    [Fact]
    public async Task A_turn_is_a_span_with_its_skill_retrieval_and_tools_below_it_and_the_user_only_hashed()
    {
        using var recorder = new TelemetryRecorder();

        var reply = await _engine.Engine.HandleAsync(_engine.Say("gold members in Texas", "telemetry-turn", User));

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var turn = Assert.Single(recorder.Spans, s => s.OperationName == SegmentTelemetry.TurnSpan && Tag(s, "segmentai.session") == "telemetry-turn");
        Assert.Null(turn.Parent);
        Assert.Equal(("acme-retail", "eval", "segment"), (Tag(turn, "segmentai.tenant"), Tag(turn, "segmentai.channel"), Tag(turn, "segmentai.reply.kind")));
        Assert.Equal(("segment_creation", "1.0.0"), (Tag(turn, "segmentai.skill.id"), Tag(turn, "segmentai.skill.version")));
        Assert.Equal(Sha256Prefix(User), Tag(turn, "segmentai.user.hash"));

        var below = recorder.Below(turn);
        var skill = Assert.Single(below, s => s.OperationName == SegmentTelemetry.SkillSpan);
        Assert.Equal(turn.SpanId, skill.ParentSpanId);
        Assert.Equal("segment_creation", Tag(skill, "segmentai.skill.id"));
        Assert.NotNull(Tag(skill, "segmentai.intent"));
        var retrievals = recorder.Below(skill).Where(s => s.OperationName == SegmentTelemetry.RetrievalSpan).ToList();
        Assert.NotEmpty(retrievals);
        Assert.All(retrievals, r => Assert.IsType<bool>(r.GetTagItem("segmentai.cache_hit")));
        Assert.Contains(retrievals, r => Tag(r, "segmentai.retrieval.kind") == "facet");
        var tools = recorder.Below(skill).Where(s => s.OperationName == SegmentTelemetry.ToolSpan).Select(s => Tag(s, "segmentai.tool.name")).ToList();
        Assert.Contains("sql_compile", tools);
        Assert.Contains("estimate", tools);

        var everything = below.Append(turn).SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? "");
        Assert.DoesNotContain(everything, value => value.Contains(User, StringComparison.OrdinalIgnoreCase) || value.Contains("telemetry.user", StringComparison.Ordinal));
        Assert.DoesNotContain(everything, value => value.Contains("gold members in Texas", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Saving_a_segment_is_a_library_tool_span_of_the_management_skill()
    {
        using var recorder = new TelemetryRecorder();
        await _engine.Engine.HandleAsync(_engine.Say("gold members in Texas", "telemetry-save", User));

        await _engine.Engine.HandleAsync(_engine.Say("save it as Telemetry Texans", "telemetry-save", User));

        var save = Assert.Single(recorder.Spans, s => s.OperationName == SegmentTelemetry.ToolSpan && Tag(s, "segmentai.tool.name") == "library.save");
        var skill = recorder.Spans.Single(s => s.SpanId == save.ParentSpanId);
        Assert.Equal(SegmentTelemetry.SkillSpan, skill.OperationName);
        Assert.Equal("segment_management", Tag(skill, "segmentai.skill.id"));
    }

    [Fact]
    public async Task Turns_clarifications_refusals_latency_and_cache_lookups_are_measured()
    {
        using var recorder = new TelemetryRecorder();

        await _engine.Engine.HandleAsync(_engine.Say("customers who bought toys in the last 30 days", "telemetry-metrics-1", User));
        await _engine.Engine.HandleAsync(_engine.Say("customers who bought toys in the last 30 days", "telemetry-metrics-2", User));
        var question = await _engine.Engine.HandleAsync(_engine.Say("Create a segment of recent high-value customers", "telemetry-metrics-3", User));
        var refusal = await _engine.Engine.HandleAsync(_engine.Say("gold members", "telemetry-metrics-4", "stranger@example.com") with { TrustUnknownUsers = false });

        Assert.Equal((ReplyKind.Clarification, ReplyKind.Refusal), (question.Kind, refusal.Kind));
        var turns = recorder.Measurements("segmentai.turns");
        Assert.Equal(4, turns.Sum(m => m.Value));
        Assert.Equal(["clarification", "refusal", "segment", "segment"], turns.Select(m => m.Tag("segmentai.reply.kind")).Order());
        Assert.All(turns, m => Assert.Equal(("acme-retail", "eval"), (m.Tag("segmentai.tenant"), m.Tag("segmentai.channel"))));
        var durations = recorder.Measurements("segmentai.turn.duration");
        Assert.Equal(4, durations.Count);
        Assert.All(durations, m => Assert.True(m.Value > 0));
        var clarification = Assert.Single(recorder.Measurements("segmentai.clarifications"));
        Assert.Equal((question.Clarification!.Slot, "segment_creation"), (clarification.Tag("segmentai.clarification.slot"), clarification.Tag("segmentai.skill.id")));
        Assert.Equal("permission", Assert.Single(recorder.Measurements("segmentai.refusals")).Tag("segmentai.refusal.category"));
        Assert.Contains(recorder.Measurements("segmentai.clarification.rate"), m => m.Value > 0 && m.Value < 1);

        // The second identical request finds the first one's facet searches in the cache.
        Assert.Contains(recorder.Measurements("segmentai.cache.misses"), m => m.Tag("segmentai.cache") == "facet_search");
        Assert.Contains(recorder.Measurements("segmentai.cache.hits"), m => m.Tag("segmentai.cache") == "facet_search");
        var cached = recorder.Spans.Where(s => s.OperationName == SegmentTelemetry.RetrievalSpan && s.GetTagItem("segmentai.cache_hit") is true);
        Assert.NotEmpty(cached);
    }

    [Fact]
    public async Task A_model_call_is_a_span_with_tokens_and_cost_and_its_usage_is_measured()
    {
        using var recorder = new TelemetryRecorder();
        var client = new ScriptedChatClient().Answer(
            """{"name":"Camping gear buyers","root":{"type":"condition","source_text":"purple elephants","facet":"category_purchased","operator":"in","values":["Camping"],"grounding":"inferred","confidence":0.7}}""",
            inputTokens: 2_000,
            outputTokens: 150);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<IChatClient>(client)
            .AddSingleton(sp => new SegmentDrafter(client, new LlmOptions { Endpoint = "http://127.0.0.1:9/v1" }, sp.GetRequiredService<ILogger<SegmentDrafter>>()))
            .AddSegmentSkills()
            .BuildServiceProvider();

        var reply = await services.GetRequiredService<IConversationEngine>().HandleAsync(
            new ChatRequest("acme-retail", User, "telemetry-llm", "purple elephants", "eval", TrustUnknownUsers: true, AsOf: EngineFixture.AsOf, EstimateSize: false));

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        var llm = Assert.Single(recorder.Spans, s => s.OperationName == SegmentTelemetry.LlmSpan);
        var model = Tag(llm, "gen_ai.request.model");
        var expectedCost = (double)new LlmOptions().Prices[model!].Cost(2_000, 150);
        Assert.Equal((2_000L, 150L), ((long)llm.GetTagItem("gen_ai.usage.input_tokens")!, (long)llm.GetTagItem("gen_ai.usage.output_tokens")!));
        Assert.Equal(expectedCost, (double)llm.GetTagItem("segmentai.llm.cost_usd")!, 9);
        Assert.Equal("drafted", Tag(llm, "segmentai.llm.outcome"));
        var turn = recorder.Spans.Single(s => s.OperationName == SegmentTelemetry.TurnSpan && Tag(s, "segmentai.session") == "telemetry-llm");
        Assert.Contains(llm, recorder.Below(turn));
        Assert.Equal((2_000L, 150L), ((long)turn.GetTagItem("gen_ai.usage.input_tokens")!, (long)turn.GetTagItem("gen_ai.usage.output_tokens")!));
        Assert.Equal(expectedCost, (double)turn.GetTagItem("segmentai.llm.cost_usd")!, 9);
        var tokens = recorder.Measurements("segmentai.llm.tokens");
        Assert.Equal(2_000, tokens.Where(m => m.Tag("gen_ai.token.type") == "input").Sum(m => m.Value));
        Assert.Equal(150, tokens.Where(m => m.Tag("gen_ai.token.type") == "output").Sum(m => m.Value));
        Assert.Equal(expectedCost, recorder.Measurements("segmentai.llm.cost").Sum(m => m.Value), 9);
    }

    [Fact]
    public void Without_a_listener_no_span_is_created()
    {
        var span = SegmentTelemetry.Source.StartActivity(SegmentTelemetry.TurnSpan);

        Assert.False(SegmentTelemetry.Source.HasListeners());
        Assert.Null(span);
    }

    private static string? Tag(Activity activity, string key) => activity.GetTagItem(key)?.ToString();

    private static string Sha256Prefix(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
