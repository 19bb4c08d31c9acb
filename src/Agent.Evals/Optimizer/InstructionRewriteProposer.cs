using System.Text;
using Microsoft.Extensions.AI;

namespace SegmentAI.Evals.Optimizer;

/// <summary>
/// Asks a model (the <see cref="IChatClient"/> keyed <c>optimizer-llm</c>) to rewrite the skill's instructions from a
/// summary of the failure clusters. One candidate per call; the model's reply is the new instructions block. The
/// candidate still has to pass screening and the gate like any other.
/// </summary>
internal sealed class InstructionRewriteProposer(IChatClient client) : ICandidateProposer
{
    /// <summary>The service key of the model.</summary>
    public const string ServiceKey = "optimizer-llm";

    private const int ClustersShown = 8;

    /// <inheritdoc />
    public string Name => "llm-rewrite";

    /// <inheritdoc />
    public async Task<IReadOnlyList<CandidateChange>> ProposeAsync(ProposalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Count < 1 || context.Clusters.Count == 0)
        {
            return [];
        }

        var prompt = new StringBuilder()
            .AppendLine("You maintain the instructions of a skill of a customer-segmentation agent. Rewrite them to fix the failures below")
            .AppendLine("without changing steps that work. Keep parameter names (e.g. facet_acceptance_threshold) as they are.")
            .AppendLine("Reply with the new instructions only, no commentary, no code fences.")
            .AppendLine()
            .AppendLine("Failures (cluster: count, examples):");
        foreach (var cluster in context.Clusters.Take(ClustersShown))
        {
            prompt.AppendLine($"- {cluster.Key}: {cluster.Items.Count} ({string.Join(", ", cluster.Items.Take(3))})");
        }

        prompt.AppendLine().AppendLine("Current instructions:").AppendLine(context.Live.Instructions);
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt.ToString())], cancellationToken: cancellationToken).ConfigureAwait(false);
        var rewritten = response.Text.Trim();
        if (rewritten.Length == 0 || rewritten == context.Live.Instructions.Trim() || SkillText.WithInstructions(context.LiveText, rewritten) is not { } text)
        {
            return [];
        }

        return [new CandidateChange(Name, $"instructions rewritten by the model ({rewritten.Length} characters, from {context.Clusters.Count} clusters)", text)];
    }
}
