using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Llm;

public sealed class SegmentDrafterTests
{
    private const string Definition = """
        {"name":"Gold members","root":{"type":"condition","source_text":"gold members","facet":"loyalty_tier","operator":"in","values":["gold"],"grounding":"retrieved","confidence":0.9}}
        """;

    private static readonly SegmentDraftRequest Request = new()
    {
        Constitution = "CONSTITUTION v1",
        SkillInstructions = "Create segments.",
        CatalogOutline = "- loyalty_tier (Loyalty Tier): list attribute",
        RetrievedShortlist = "loyalty_tier = gold (0.93)",
        UserText = "gold members please",
        AsOf = new DateOnly(2026, 11, 22),
    };

    private static SegmentDrafter Drafter(IChatClient client, TimeSpan? timeout = null) =>
        new(client, new LlmOptions { Endpoint = "http://127.0.0.1:1/v1", Timeout = timeout ?? TimeSpan.FromSeconds(5) }, NullLogger<SegmentDrafter>.Instance);

    [Fact]
    public async Task Parses_the_models_definition_and_records_tokens_and_cost()
    {
        var result = await Drafter(new ScriptedChatClient().Answer(Definition, inputTokens: 1000, outputTokens: 200)).DraftAsync(Request);

        Assert.Equal(LlmOutcome.Drafted, result.Call.Outcome);
        Assert.Equal("loyalty_tier", Assert.IsType<SegmentCondition>(result.Definition!.Root).Facet);
        Assert.Equal("gpt-4o", result.Call.Model);
        Assert.Equal(1000, result.Call.InputTokens);
        Assert.Equal(0.0045m, result.Call.CostUsd);
    }

    [Fact]
    public async Task Accepts_json_inside_a_code_fence()
    {
        var result = await Drafter(new ScriptedChatClient().Answer($"```json\n{Definition}\n```")).DraftAsync(Request);

        Assert.NotNull(result.Definition);
    }

    [Fact]
    public async Task Invalid_json_falls_back_without_a_definition()
    {
        var result = await Drafter(new ScriptedChatClient().Answer("Sure! Here are your gold members.")).DraftAsync(Request);

        Assert.Null(result.Definition);
        Assert.Equal(LlmOutcome.InvalidJson, result.Call.Outcome);
    }

    [Fact]
    public async Task A_hanging_endpoint_times_out()
    {
        var result = await Drafter(new ScriptedChatClient().Hang(), TimeSpan.FromMilliseconds(100)).DraftAsync(Request);

        Assert.Null(result.Definition);
        Assert.Equal(LlmOutcome.TimedOut, result.Call.Outcome);
    }

    [Fact]
    public async Task An_endpoint_error_falls_back()
    {
        var result = await Drafter(new ScriptedChatClient().Fail(new HttpRequestException("connection refused"))).DraftAsync(Request);

        Assert.Equal(LlmOutcome.Failed, result.Call.Outcome);
        Assert.Contains("connection refused", result.Call.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_constitution_is_the_stable_first_message_and_the_request_stays_verbatim()
    {
        var client = new ScriptedChatClient().Answer(Definition);

        await Drafter(client).DraftAsync(Request);

        var messages = client.Requests.Single();
        Assert.Equal("CONSTITUTION v1", messages[0].Text);
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.EndsWith("Request: gold members please", messages[^1].Text, StringComparison.Ordinal);
        Assert.Equal(0f, client.Options.Single()!.Temperature);
    }
}
