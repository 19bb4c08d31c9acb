using Microsoft.Extensions.AI;
using SegmentAI.Evals.Optimizer;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Tests.Optimizer;

public sealed class InstructionRewriteProposerTests
{
    [Fact]
    public async Task The_model_rewrite_replaces_only_the_instructions_block_of_the_live_file()
    {
        var live = SkillLoader.Load(RepositoryLayout.Discover().Skills).Find("segment_creation", "1.0.0")!;
        var text = await File.ReadAllTextAsync(live.File);
        using var client = new FixedReplyClient("STEP 1 — Accept a facet at facet_acceptance_threshold.\n\nSTEP 2 — Reply.");
        var clusters = new[] { new FailureCluster("kind_match/expected segment, got clarification", FailureCluster.EvalSource, "kind_match", "expected segment, got clarification", ["case-a"]) };

        var change = Assert.Single(await new InstructionRewriteProposer(client).ProposeAsync(new ProposalContext(live, text, [], clusters, 1)));

        Assert.Contains("instructions: |\n  STEP 1 — Accept a facet at facet_acceptance_threshold.\n\n  STEP 2 — Reply.\ninput_schema:", change.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SEGMENT CREATION PROCEDURE", change.Text, StringComparison.Ordinal);
        Assert.Equal(text[..text.IndexOf("instructions:", StringComparison.Ordinal)], change.Text[..change.Text.IndexOf("instructions:", StringComparison.Ordinal)]);
        Assert.Contains("kind_match/expected segment, got clarification: 1", client.Prompt, StringComparison.Ordinal);
    }

    private sealed class FixedReplyClient(string reply) : IChatClient
    {
        public string Prompt { get; private set; } = "";

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Prompt = string.Join("\n", messages.Select(m => m.Text));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
